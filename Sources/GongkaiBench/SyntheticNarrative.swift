import Foundation

/// The narrative parts of a synthetic report, varied the way real ones are: each township and year
/// draws its own sentences from pools of phrasings, topics, channels and counts, so two townships'
/// texts share the stock phrases of the genre and little else — and a fixed share copies, as real
/// ones do (a township publishing its neighbour's text with the name changed, one republishing its
/// own last year's text), so the boilerplate checks B1 and B2 and the comparison pages they add
/// have real work at the rate the bench states, not on every report.
///
/// Before this, every report repeated one sentence twelve times: every pair of townships in a
/// county read as 98 % identical, and the 10,000-report bench built ~17,000 comparison pages.
enum SyntheticNarrative {
    /// One township in `copyNeighbourEvery` (its index modulo this is 3) publishes the text of the
    /// first township of its county for the same year with its own name: B2 flags it.
    static let copyNeighbourEvery = 10
    /// One township in `copyLastYearEvery` (index modulo this is 7) republishes its own previous
    /// year's text with the year changed, from 2020 on: B1 flags it.
    static let copyLastYearEvery = 10

    /// The sections' narratives, keyed by section number 1–6 (sections 2–4 carry a sentence before
    /// their table), for the township at `townshipIndex` in `year`.
    static func sections(townshipIndex: Int, township: String, year: Int, firstOfCounty: Int, firstOfCountyName: String) -> [Int: String] {
        if townshipIndex % copyNeighbourEvery == 3, townshipIndex != firstOfCounty {
            return own(townshipIndex: firstOfCounty, township: firstOfCountyName, year: year)
                .mapValues { $0.replacingOccurrences(of: firstOfCountyName, with: township) }
        }
        if townshipIndex % copyLastYearEvery == 7, year > SyntheticCorpus.years[0] {
            return own(townshipIndex: townshipIndex, township: township, year: year - 1)
                .mapValues { $0.replacingOccurrences(of: "\(year - 1)年", with: "\(year)年") }
        }
        return own(townshipIndex: townshipIndex, township: township, year: year)
    }

    /// The township's own text for the year, from a generator seeded by township and year only, so
    /// a copy elsewhere reproduces it exactly.
    private static func own(townshipIndex: Int, township: String, year: Int) -> [Int: String] {
        var random = SplitMix64(seed: UInt64(truncatingIfNeeded: townshipIndex &* 7919 &+ year &* 104_729) ^ 0xD1B5_4A32_D192_ED03)
        var sections: [Int: String] = [:]
        var overview = [pick(leadPool, count: 3, random: &random).map { fill($0, township: township, year: year, random: &random) }.joined()]
        for (heading, pool) in overviewParts {
            var sentences = [heading]
            for template in pick(pool, count: 5 + random.next() % 3, random: &random) {
                sentences.append(fill(template, township: township, year: year, random: &random))
            }
            overview.append(sentences.joined())
        }
        sections[1] = overview.joined(separator: "\n\n")
        sections[2] = fill(pick(tableIntro, count: 1, random: &random)[0], township: township, year: year, random: &random)
        sections[3] = fill(pick(tableIntro, count: 1, random: &random)[0], township: township, year: year, random: &random)
        sections[4] = fill(pick(tableIntro, count: 1, random: &random)[0], township: township, year: year, random: &random)
        let problems = pick(problemPool, count: 2 + random.next() % 2, random: &random).map { fill($0, township: township, year: year, random: &random) }
        let fixes = pick(improvementPool, count: 3 + random.next() % 2, random: &random).map { fill($0, township: township, year: year, random: &random) }
        sections[5] = "\(year)年，\(township)政府信息公开工作还存在一些不足：" + problems.joined() + "\n\n" + "下一步，\(township)将" + fixes.joined()
        sections[6] = fill(pick(otherPool, count: 1, random: &random)[0], township: township, year: year, random: &random)
        return sections
    }

    /// `count` distinct entries of `pool`, in a random order.
    private static func pick(_ pool: [String], count: Int, random: inout SplitMix64) -> [String] {
        var remaining = pool
        var chosen: [String] = []
        while chosen.count < min(count, pool.count) {
            chosen.append(remaining.remove(at: random.next() % remaining.count))
        }
        return chosen
    }

    /// The template with its slots filled: {t} township, {y} year, {n} a count, {m} a smaller
    /// count, {topic} and {topic2} public concerns, {channel} a publishing channel.
    private static func fill(_ template: String, township: String, year: Int, random: inout SplitMix64) -> String {
        var text = alternatives(swapSynonyms(template, random: &random), random: &random)
        text = text.replacingOccurrences(of: "{t}", with: township).replacingOccurrences(of: "{y}", with: "\(year)")
        let topicPair = pick(topics, count: 2, random: &random)
        for (slot, value) in [("{topic}", topicPair[0]), ("{topic2}", topicPair[1]), ("{channel}", channels[random.next() % channels.count])] {
            text = text.replacingOccurrences(of: slot, with: value)
        }
        while let range = text.range(of: "{n}") { text.replaceSubrange(range, with: "\(20 + random.next() % 480)") }
        while let range = text.range(of: "{m}") { text.replaceSubrange(range, with: "\(1 + random.next() % 30)") }
        return text
    }

    /// Each synonym word (a group's first entry) replaced by one of its group, in one pass over
    /// the template so a chosen word is never swapped again (that wrote “持续持续”).
    private static func swapSynonyms(_ template: String, random: inout SplitMix64) -> String {
        var text = ""
        var rest = Substring(template)
        outer: while let first = rest.first {
            for group in synonyms where rest.hasPrefix(group[0]) {
                text += group[random.next() % group.count]
                rest = rest.dropFirst(group[0].count)
                continue outer
            }
            text.append(first)
            rest = rest.dropFirst()
        }
        return text
    }

    /// `[a|b|c]` replaced by one of a, b, c: the same thought in the different words that
    /// different writers use, so copied phrasing stays the exception.
    private static func alternatives(_ template: String, random: inout SplitMix64) -> String {
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            text += rest[..<open]
            let options = rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false)
            text += options[random.next() % options.count]
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }

    /// Words writers swap freely; each occurrence in a template becomes a choice among its group.
    static let synonyms: [[String]] = [
        ["全年", "本年度", "一年来", "年内"], ["及时", "第一时间", "按时", "定期"], ["进一步", "持续", "不断", "着力"],
        ["完善", "健全", "优化", "改进"], ["加强", "强化", "注重", "抓好"], ["各类", "各项", "相关", "多类"],
        ["发布", "公布", "推送", "刊发"], ["群众", "居民", "办事群众", "社会公众"], ["规范", "严格规范", "统一规范"],
        ["确保", "保证", "做到"], ["开展", "组织开展", "集中开展"], ["落实", "执行", "抓实"], ["工作人员", "干部职工", "经办人员"],
        ["有待", "仍需", "还需"], ["不够", "尚不", "还不够"], ["明确", "指定", "落实"],
    ]

    static let topics = ["乡村振兴", "财政预决算", "安全生产", "征地补偿", "低保和特困供养", "河湖长制", "农村人居环境整治", "耕地保护",
                         "义务教育", "城乡居民医保", "就业创业", "惠农补贴", "防汛抗旱", "森林防火", "生活垃圾分类", "农村公路建设",
                         "农村饮水安全", "养老服务", "退役军人服务", "危房改造", "集体经济", "食品安全", "环境保护督察整改", "双拥工作"]
    static let channels = ["政府门户网站", "政务公开栏", "微信公众号", "村务公开栏", "便民服务中心电子显示屏", "村级广播", "政务新媒体矩阵", "政务服务大厅查阅点"]

    /// The overview's usual parts (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障), each a
    /// heading and phrasings to draw from.
    static let overviewParts: [(String, [String])] = [
        ("（一）主动公开。", [
            "全年通过{channel}主动公开各类政府信息{n}条，其中{topic}方面{m}条。",
            "围绕{topic}和{topic2}等群众关心的事项，及时发布政策文件和办事指南{n}件。",
            "{t}坚持把{topic}信息作为公开重点，按月更新，全年更新{m}次。",
            "在{channel}开设{topic}专栏，集中发布相关信息{n}条。",
            "对涉及{topic2}的重大决策，事前公开征求意见{m}次，收集群众意见建议{n}条。",
            "{y}年共召开新闻发布会和政策吹风会{m}场，解读{topic}相关政策。",
            "财政预决算和“三公”经费按规定在{channel}公开，接受群众监督。",
            "各村（社区）通过村务公开栏公开{topic}资金使用情况，全年公开{n}次。",
        ]),
        ("（二）依申请公开。", [
            "申请内容主要集中在{topic}和{topic2}等方面。",
            "{t}明确专人负责依申请公开工作，规范受理、登记、审核、答复各环节。",
            "通过{channel}公布依申请公开的受理渠道和办理流程。",
            "依申请公开工作未收取任何费用。",
            "[对|针对]申请人提出的{topic}相关申请，[能当场答复的当场答复|做到快受理、快答复]，[不能当场答复的按期答复|逾期答复为零]。",
            "[进一步|持续]规范[依申请公开|政府信息公开申请]的[受理|登记]、[审核|会商]、[答复|送达]流程，[做到|确保]件件有回音。",
            "[加强|注重][与申请人的沟通|答复前与申请人沟通]，[准确理解申请内容|减少因理解偏差产生的争议]。",
        ]),
        ("（三）政府信息管理。", [
            "严格落实公开前保密审查制度，全年审查拟公开信息{n}条。",
            "对{y}年以前制发的规范性文件开展清理，保留{m}件，废止{m}件。",
            "建立政府信息公开台账，对{topic}类信息实行动态更新。",
            "落实政府信息发布协调机制，涉及{topic2}的信息由相关站所会签后发布。",
            "定期检查{channel}内容，更正过时信息{m}条。",
            "规范政府信息公开文号和公开属性标注，{y}年制发文件均明确公开属性。",
            "建立{topic2}信息发布前审核登记制度，做到先审后发、谁发布谁负责。",
        ]),
        ("（四）平台建设。", [
            "进一步完善{channel}栏目设置，新增{topic}栏目。",
            "{channel}全年发布信息{n}条，关注人数达到{n}人。",
            "在便民服务中心设立政府信息公开查阅点，配备查阅设备{m}台。",
            "推进{channel}与县级政府网站的信息联动，实现{topic}信息同步发布。",
            "对村级公开栏进行统一改造，全年更新内容{n}期。",
            "{channel}开设“政策问答”栏目，全年回应群众咨询{n}条，平均回复时间{m}天。",
            "及时转载上级政府发布的{topic}政策文件{n}件，做到同步公开。",
        ]),
        ("（五）监督保障。", [
            "将政府信息公开工作纳入年度目标考核，考核结果与评先评优挂钩。",
            "全年组织政务公开业务培训{m}次，参训{n}人次。",
            "聘请社会监督员{m}名，对{topic}信息公开情况进行监督。",
            "{y}年未发生因政府信息公开工作引发的责任追究情况。",
            "主动接受人大代表、政协委员和群众监督，收到意见建议{m}条，已全部办结。",
            "开展政务公开自查{m}次，发现问题{m}个，已全部整改到位。",
            "把{topic}信息公开情况纳入村级党组织书记述职评议内容。",
        ]),
    ]

    static let leadPool = [
        "{y}年，{t}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，围绕{topic}和{topic2}等中心工作推进政务公开。",
        "{t}调整政务公开工作领导小组，由党委副书记、镇长任组长，明确党政办公室具体负责日常工作，配备专兼职工作人员{m}名。",
        "全年召开专题会议{m}次，研究部署政务公开重点任务，将{topic}信息公开列为年度重点。",
        "{t}对照基层政务公开标准目录，梳理{topic}等领域公开事项{n}项，逐项明确公开内容、时限和渠道。",
        "{y}年{t}政府信息公开工作总体平稳有序，公开质量和群众满意度进一步提升。",
        "结合{topic}工作实际，{t}建立“一事一公开”机制，做到决策、执行、管理、服务、结果全过程公开。",
    ]

    static let tableIntro = [
        "{y}年{t}主动公开政府信息情况见下表。",
        "本年度主动公开的规章、规范性文件及行政许可等数据统计如下。",
        "{t}收到和处理政府信息公开申请的情况统计如下。",
        "本年度政府信息公开行政复议、行政诉讼情况如下表所示。",
    ]
    static let problemPool = [
        "一是公开内容不够全面，{topic}等领域信息更新不够及时；",
        "二是工作人员业务水平有待提高，对条例的理解把握不够深入；",
        "三是政策解读形式较为单一，图解、视频等群众喜闻乐见的形式运用较少；",
        "部分村（社区）公开栏内容更新滞后，{topic2}信息公开不够规范；",
        "{channel}的互动功能发挥不够，对群众留言的回应不够及时；",
        "基层公开标准目录落实还不到位，个别事项公开要素不全。",
    ]
    static let improvementPool = [
        "加强对{topic}等重点领域信息的公开力度，做到应公开尽公开；",
        "组织工作人员参加业务培训，提升依法公开的能力；",
        "丰富政策解读方式，增加图文解读和视频解读，全年计划解读{m}件；",
        "加强对{channel}的日常管理，确保信息发布及时准确；",
        "完善村务公开监督机制，推动{topic2}信息公开常态化；",
        "对照基层政务公开标准目录逐项梳理，补齐公开要素。",
    ]
    static let otherPool = [
        "本年度{t}未收取政府信息公开信息处理费。",
        "{y}年度，{t}无其他需要报告的事项。",
        "按照《政府信息公开信息处理费管理办法》规定，本年度未收取信息处理费，无其他需要报告的事项。",
    ]
}
