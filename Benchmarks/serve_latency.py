"""Time from saving an edited report to `gongkai serve` serving the changed page, in ms.

Usage: serve_latency.py GONGKAI WORKDIR EDITED_FILE [SAVES [GAP_SECONDS]]. Starts the server on a free loopback
port over WORKDIR/content and WORKDIR/site (its output in WORKDIR/serve.log), waits until it serves, then SAVES times (default 5),
GAP_SECONDS apart (default 1): appends a marker to the report, polls the report's page until the marker appears.
Prints the median milliseconds, then each save's in brackets; stops the server.
"""
import os, signal, socket, subprocess, sys, time, urllib.parse, urllib.request

gongkai, work, edited = sys.argv[1:4]
saves = int(sys.argv[4]) if len(sys.argv) > 4 else 5
gap = float(sys.argv[5]) if len(sys.argv) > 5 else 1.0
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
# The server's output goes to a file (WORKDIR/serve.log), never to a pipe nobody reads after
# the start: each rebuild prints its steps and the corpus's errors, and a full pipe would stop it.
log_path = f"{work}/serve.log"
log = open(log_path, "w")
server = subprocess.Popen([gongkai, "serve", "--port", str(port), "--content", f"{work}/content", "--output", f"{work}/site"],
                          stdout=log, stderr=subprocess.STDOUT, text=True)
try:
    deadline = time.time() + 600
    while time.time() < deadline and server.poll() is None:
        with open(log_path, encoding="utf-8", errors="replace") as f:
            if "serving" in f.read():
                break
        time.sleep(0.2)
    relative = os.path.relpath(edited, f"{work}/content")
    county, township, name = relative.split("/")
    year = name.split(".")[0]
    url = f"http://127.0.0.1:{port}/reports/{urllib.parse.quote(township)}/{year}/"
    times = []
    for save in range(saves):
        marker = f"基准测试标记{int(time.time())}x{save}"
        time.sleep(gap)
        with open(edited, "a", encoding="utf-8") as f:
            f.write(f"\n{marker}\n")
        saved = time.time()
        while time.time() - saved < 120:
            try:
                if marker in urllib.request.urlopen(url, timeout=5).read().decode("utf-8"):
                    times.append(int((time.time() - saved) * 1000))
                    break
            except Exception:
                pass
            time.sleep(0.002)
        else:
            times.append(None)
    done = sorted(t for t in times if t is not None)
    if len(done) < len(times):
        print("timeout", times)
    else:
        print(done[len(done) // 2], times)
finally:
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
