import Foundation

/// Values made on first use and kept, one per index, safe from many threads.
final class LazySlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let make: @Sendable (Int) -> Value
    private let lock = NSLock()

    init(count: Int, make: @escaping @Sendable (Int) -> Value) {
        slots = Array(repeating: nil, count: count)
        self.make = make
    }

    func value(_ index: Int) -> Value {
        lock.lock()
        if let value = slots[index] {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = make(index)
        lock.lock()
        slots[index] = value
        lock.unlock()
        return value
    }
}

/// Slots filled from concurrent work, one per index, read after the work is done.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
