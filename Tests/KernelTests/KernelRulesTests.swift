import Foundation
@testable import Kernel
import KernelTesting
import Logging
import SQLKit
import Testing

@Suite("Kernel rules")
struct KernelRulesTests {
    @Test func scopeIsACodePrefix() {
        let street = Scope(rootCode: "330199001")
        #expect(street.contains("330199001001001"))
        #expect(street.contains("330199001"))
        #expect(!street.contains("330199002001"))
        #expect(!street.contains("330199"))
    }

    @Test func formDecodingHandlesPlusAndPercent() {
        let form = FormData(urlEncoded: "name=%E5%B9%B8%E7%A6%8F+%E9%87%8C&empty=&x=1&x=2")
        #expect(form["name"] == "幸福 里")
        #expect(form["empty"] == nil)
        #expect(form.all("x") == ["1", "2"])
    }

    @Test func phoneNumbers() {
        #expect(PhoneNumber.isValid("13812345678"))
        #expect(PhoneNumber.isValid("138 1234 5678"))
        #expect(!PhoneNumber.isValid("1381234567x"))
        #expect(!PhoneNumber.isValid("１３８１２３４５６７８"))
        #expect(PhoneNumber.isValid("0571-87654321"))
        #expect(!PhoneNumber.isValid("12812345678"))
        #expect(!PhoneNumber.isValid("1381234567"))
        #expect(PhoneNumber.masked("13812345678") == "138****5678")
    }

    @Test func stringsFallBackToChineseThenKey() {
        let strings = Strings(tables: [.zhHans: ["a": "甲{0}", "b": "乙"], .en: ["a": "A{0}"]])
        #expect(strings.t("a", .en, ["1"]) == "A1")
        #expect(strings.t("b", .en) == "乙")
        #expect(strings.t("missing", .en) == "missing")
        #expect(strings.missingKeys()[.en] == ["b"])
    }

    /// Each placeholder that names an argument takes it, wherever and however often it stands; the rest stays as written,
    /// and an argument's own text is never read for placeholders (a resident's "{1}" is printed as typed).
    @Test func placeholdersAreFilledOnceEach() {
        #expect(Strings.filled("{0} 至 {1}，共 {0}", ["甲", "乙"]) == "甲 至 乙，共 甲")
        #expect(Strings.filled("{1}{0}", ["{1}", "x"]) == "x{1}")
        #expect(Strings.filled("{2} {} {a} {0 {10} }{", ["甲"]) == "{2} {} {a} {0 {10} }{")
        #expect(Strings.filled("剩{0}天{", ["3"]) == "剩3天{")
        #expect(Strings.filled("{99999999999999999999}", ["x"]) == "{99999999999999999999}")
    }

    @Test func localeFromHeaders() {
        #expect(AppLocale.from("en-US,en;q=0.9") == .en)
        #expect(AppLocale.from("zh-CN,zh;q=0.9,en;q=0.8") == .zhHans)
        #expect(AppLocale.from("fr") == nil)
    }

    @Test func onlyLocalPathsAreRedirectTargets() {
        #expect(safeLocalPath("/units/330199") == "/units/330199")
        #expect(safeLocalPath("//evil.example/") == "/home")
        #expect(safeLocalPath("https://evil.example/") == "/home")
        #expect(safeLocalPath(nil) == "/home")
    }

    @Test func sessionsExpire() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
            let staff = Staff(id: "s1", username: "u1", displayName: "测试", role: .gridWorker, unitCode: "330199001001001")
            let store = SessionStore()
            let token = try await database.transaction { sql in
                try await StaffStore().insert(staff, passwordHash: "x", at: clock.now(), on: sql)
                return try await store.create(staffId: "s1", kind: .web, now: clock.now(), on: sql).token
            }
            #expect(try await database.read { try await store.find(token: token, kind: .web, now: clock.now(), on: $0) } != nil)
            #expect(try await database.read { try await store.find(token: token, kind: .api, now: clock.now(), on: $0) } == nil)
            clock.advance(by: SessionStore.webLifetime + 1)
            #expect(try await database.read { try await store.find(token: token, kind: .web, now: clock.now(), on: $0) } == nil)
        }
    }

    @Test func throttleLocksAfterRepeatedFailuresAndLiftsLater() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
            let throttle = LoginThrottle(maxFailures: 3, window: 600, lockout: 900, addressFailures: 100, accountDelayAfter: 100)
            let keys = throttle.keys(username: "admin", address: "10.0.0.1")
            func locked() async throws -> Bool {
                try await database.read { try await throttle.lockedUntil(keys, now: clock.now(), on: $0) } != nil
            }
            for _ in 1...2 {
                try await database.transaction { try await throttle.recordFailure(keys, now: clock.now(), on: $0) }
            }
            #expect(try await !locked())
            try await database.transaction { try await throttle.recordFailure(keys, now: clock.now(), on: $0) }
            #expect(try await locked())
            clock.advance(by: 901)
            #expect(try await !locked())
        }
    }

    @Test func oneAddressGuessingManyAccountsIsLockedOut() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
            let throttle = LoginThrottle(maxFailures: 5, addressFailures: 20, accountDelayAfter: 100)
            // 40 wrong passwords over 10 accounts from one address: four each, no pair reaches its five.
            var refusedAt: Int?
            for attempt in 0..<40 {
                let keys = throttle.keys(username: "user\(attempt % 10)", address: "203.0.113.7")
                if try await database.read({ try await throttle.lockedUntil(keys, now: clock.now(), on: $0) }) != nil { refusedAt = attempt; break }
                try await database.transaction { try await throttle.recordFailure(keys, now: clock.now(), on: $0) }
            }
            #expect(refusedAt == 20)
            // Another address is not held back.
            let elsewhere = throttle.keys(username: "user1", address: "198.51.100.1")
            #expect(try await database.read { try await throttle.lockedUntil(elsewhere, now: clock.now(), on: $0) } == nil)
        }
    }

    @Test func oneAccountGuessedFromManyAddressesWaitsLongerEachTimeButNeverLong() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
            let throttle = LoginThrottle(maxFailures: 5, addressFailures: 20, accountDelayAfter: 5, accountDelayCap: 60)
            var waits: [TimeInterval] = []
            // 24 wrong passwords for admin from 6 addresses, each attempt made as soon as allowed.
            for attempt in 0..<24 {
                let keys = throttle.keys(username: "admin", address: "198.51.100.\(attempt % 6)")
                if let until = try await database.read({ try await throttle.lockedUntil(keys, now: clock.now(), on: $0) }) {
                    waits.append(until.timeIntervalSince(clock.now()))
                    clock.advance(by: until.timeIntervalSince(clock.now()))
                }
                try await database.transaction { try await throttle.recordFailure(keys, now: clock.now(), on: $0) }
            }
            #expect(waits.count >= 18)
            #expect(waits.prefix(5) == [2, 4, 8, 16, 32])
            #expect(waits.max() == 60)  // never longer than the cap: the real user is slowed, not locked out
        }
    }

    @Test func migrationsRunOnceOnly() async throws {
        try await TestDatabase.with { database in
            let first = try await Migrator.migrate(database, KernelMigrations.all)
            let second = try await Migrator.migrate(database, KernelMigrations.all)
            #expect(first.count == KernelMigrations.all.count)
            #expect(second.isEmpty)
        }
    }
}

@Suite("Backup")
struct BackupTests {
    @Test func sqliteBackupIsAReadableCopy() async throws {
        guard TestDatabase.kind == .sqlite else { return }
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            try await database.transaction { sql in
                try await AuditLog().append(AuditEvent(actor: nil, action: "test.backup", targetType: "t", targetId: "1"), at: Date(), on: sql)
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-backup-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("civicgrid.sqlite").path
            try await database.backup(to: file)
            await #expect(throws: BackupError.self) { try await database.backup(to: file) }

            let copy = try await Database.sqlite(dataDirectory: folder.path, logger: .init(label: "backup-test"))
            let verdict = try await copy.read { try await AuditLog().verify(on: $0) }
            await copy.shutdown()
            #expect(verdict == .intact(entries: 1))
        }
    }
}

@Suite("Audit browser")
struct AuditBrowserTests {
    /// By action, by actor, by both (each off its own index since kernel_0007), newest first, page by page.
    @Test func entriesAreFoundByActionAndActorNewestFirst() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let events = (0..<60).map { i -> (event: AuditEvent, at: Date) in
                var event = AuditEvent(actor: nil, action: ["resident.read", "caseload.figures", "resident.read"][i % 3], targetType: "t", targetId: "\(i)")
                event.actorName = "staff-\(i % 4)"
                return (event, Date(timeIntervalSince1970: 1_800_000_000 + Double(i)))
            }
            let appended = try await database.transaction { sql in try await AuditLog().append(events, on: sql) }
            for (action, actor) in [("caseload.figures", nil), (nil, "staff-1"), ("resident.read", "staff-2"), (nil, nil)] as [(String?, String?)] {
                let expected = appended.filter { (action == nil || $0.action == action) && (actor == nil || $0.actorName == actor) }.map(\.seq).reversed()
                var seen: [Int64] = []
                for offset in stride(from: 0, to: 70, by: 7) {
                    let (items, total) = try await database.read { try await AuditLog().page(action: action, actor: actor, limit: 7, offset: offset, on: $0) }
                    #expect(total == expected.count, "\(String(describing: action)) \(String(describing: actor))")
                    seen += items.map(\.seq)
                }
                #expect(seen == Array(expected), "\(String(describing: action)) \(String(describing: actor))")
            }
        }
    }
}

@Suite("Audit entries recorded at once")
struct AuditGroupTests {
    /// Readers recording at the same moment are committed in groups: each gets its own entry, once, in the one chain.
    @Test func entriesRecordedAtOnceAreEachCommittedOnceInTheChain() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let entries = try await withThrowingTaskGroup(of: AuditEntry.self) { group in
                for i in 0..<60 {
                    group.addTask {
                        try await AuditLog().record(AuditEvent(actor: nil, action: "test.read", targetType: "t", targetId: "\(i)"), at: Date(), in: database)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(entries.map(\.targetId)) == Set((0..<60).map(String.init)))
            #expect(Set(entries.map(\.seq)).count == 60)
            let stored = try await database.read { sql in
                try await sql.select().column("target_id").from("audit_log").where("action", .equal, "test.read").all(decodingColumn: "target_id", as: String.self)
            }
            #expect(stored.sorted() == entries.map(\.targetId).sorted())
            #expect(try await database.read { try await AuditLog().verify(on: $0) } == .intact(entries: 60))
        }
    }
}

@Suite("Trimming")
struct TrimTests {
    @Test func trimsASCIIAndFullWidthSpaces() {
        #expect("  张三 \t".trimmed == "张三")
        #expect("\u{3000}幸福里\u{3000}".trimmed == "幸福里")
        #expect("   ".trimmed == "")
        #expect("a b".trimmed == "a b")
        #expect("张三".trimmed == "张三")
        #expect("\u{00A0}x\u{00A0}".trimmed == "x")
        #expect("经\u{3000}".trimmed == "经")
        #expect("  a"[...].trimmed == "a")
    }
}

@Suite("views")
struct ViewBlankTests {
    @Test func emptyStringsAreFalseInSections() {
        let blank = ViewRenderer.blanksAreFalse(["href": "", "rows": [["href": ""], ["href": "/x"]], "n": 0]) as? [String: Any]
        #expect(blank?["href"] is ViewRenderer.Blank)
        let rows = blank?["rows"] as? [Any]
        #expect((rows?.first as? [String: Any])?["href"] is ViewRenderer.Blank)
        #expect(((rows?.last as? [String: Any])?["href"] as? TemplateText)?.renderText == "/x")
        #expect(blank?["n"] as? Int == 0)
    }
}

@Suite("count cache")
struct CountCacheTests {
    actor Calls {
        var n = 0
        func next() -> Int { n += 1; return n }
    }

    @Test func countsAreReusedThenMadeAgainInTheBackground() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
        let cache = CountCache(lifetime: 60, clock: clock)
        let calls = Calls()
        let count: @Sendable () async throws -> [String: Int] = { ["n": await calls.next()] }
        #expect(try await cache.counts("county", count: count) == ["n": 1])
        clock.advance(by: 59)
        #expect(try await cache.counts("county", count: count) == ["n": 1])
        #expect(try await cache.counts("street", count: count) == ["n": 2])
        clock.advance(by: 2)
        // Past its lifetime the last count is served while the next is made.
        #expect(try await cache.counts("county", count: count) == ["n": 1])
        await cache.settled()
        #expect(try await cache.counts("county", count: count) == ["n": 3])
        // Streets and counties read the cache; grids count live.
        #expect(try await cache.counts(under: "330199001", "street 330199001", count: count) == ["n": 4])
        #expect(try await cache.counts(under: "330199001", "street 330199001", count: count) == ["n": 4])
        #expect(try await cache.counts(under: "330199001001001", "grid 330199001001001", count: count) == ["n": 5])
        #expect(try await cache.counts(under: "330199001001001", "grid 330199001001001", count: count) == ["n": 6])
    }

    actor Gate {
        private var waiters: [CheckedContinuation<Void, Never>] = []
        private var open = false
        func wait() async {
            if open { return }
            await withCheckedContinuation { waiters.append($0) }
        }
        func release() {
            open = true
            for waiter in waiters { waiter.resume() }
            waiters = []
        }
    }

    @Test func whoAsksDuringACountWaitsForIt() async throws {
        let cache = CountCache(lifetime: 60, clock: ManualClock(Date(timeIntervalSince1970: 1_800_000_000)))
        let calls = Calls(), gate = Gate()
        let count: @Sendable () async throws -> [String: Int] = {
            let n = await calls.next()
            await gate.wait()
            return ["n": n]
        }
        let answers = try await withThrowingTaskGroup(of: [String: Int].self) { group in
            for _ in 0..<8 { group.addTask { try await cache.counts("county", count: count) } }
            while await calls.n == 0 { await Task.yield() }
            for _ in 0..<200 { await Task.yield() }
            await gate.release()
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers.count == 8 && answers.allSatisfy { $0 == ["n": 1] })
        #expect(await calls.n == 1)
    }

    struct Failed: Error {}

    @Test func aFailedCountIsNotKeptAndLeavesTheLastOne() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
        let cache = CountCache(lifetime: 60, clock: clock)
        let calls = Calls()
        // Calls 1 and 3 fail.
        let count: @Sendable () async throws -> [String: Int] = {
            let n = await calls.next()
            if n % 2 == 1 { throw Failed() }
            return ["n": n]
        }
        await #expect(throws: Failed.self) { try await cache.counts("county", count: count) }
        #expect(try await cache.counts("county", count: count) == ["n": 2])
        clock.advance(by: 61)
        #expect(try await cache.counts("county", count: count) == ["n": 2])
        await cache.settled()
        #expect(await calls.n == 3)
        #expect(try await cache.counts("county", count: count) == ["n": 2])
        await cache.settled()
        #expect(try await cache.counts("county", count: count) == ["n": 4])
    }
}

@Suite("Digests")
struct DigestTests {
    @Test func sha256HexMatchesTheStandardVectors() {
        #expect(Secrets.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Secrets.sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}

@Suite("Capped counts")
struct CappedCountTests {
    @Test func countsStopOneAfterTheCap() async throws {
        try await TestDatabase.with { database in
            try await database.transaction { sql in
                try await sql.create(table: "numbers").column("n", type: .bigint, .notNull).run()
                var insert = sql.insert(into: "numbers").columns("n")
                for n in 1...5 { insert = insert.values(SQLBind(n)) }
                try await insert.run()
            }
            let counts = try await database.read { sql in
                (try await sql.count(upTo: 3) { $0.from("numbers") }, try await sql.count(upTo: 10) { $0.from("numbers") },
                 try await sql.count(upTo: 10) { $0.from("numbers").where("n", .greaterThan, 3) })
            }
            #expect(counts.0 == 4 && counts.1 == 5 && counts.2 == 2)
        }
    }
}
