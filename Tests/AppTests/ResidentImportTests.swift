import CivicGridApp
import Foundation
import Kernel
import Registry
import Testing

@Suite("Resident import")
struct ResidentImportTests {
    static func id(_ body17: String) -> String { body17 + String(CitizenID.checkCharacter(for: body17)) }

    static var file: String {
        let good1 = id("33019919900101001")   // 17th digit 1: male
        let good2 = id("33019919850505002")   // 17th digit 2: female
        return """
        \u{FEFF}姓名,公民身份号码,性别,出生日期,民族,联系电话,户籍地址,现住址,人口类型,网格编码
        张三,\(good1),男,1990-01-01,汉族,13800001111,浙江省云溪县,"解放路1号,3幢",户籍,330199001001001
        李四,\(good2),女,1985/05/05,汉族,,安徽省阜阳市,解放路2号,流动,330199001001002
        王五,110105194912310021,女,,汉族,,北京市,解放路3号,户籍,330199001001001
        赵六,\(id("33019919700303003")),未知,,汉族,,浙江省云溪县,解放路4号,户籍,330199001001001
        重复,\(good1),男,,汉族,,浙江省云溪县,解放路5号,户籍,330199001001001
        孙七,\(id("33019919600606004")),女,,汉族,,浙江省云溪县,解放路6号,户籍,330199999999999

        """
    }

    @Test func goodRowsGoInBadRowsAreReportedAndRerunsAddNothing() async throws {
        try await TestApp.run { app in
            let importer = ResidentImporter(database: app.services.database, clock: app.services.clock, strings: app.services.views.strings)
            let first = try await importer.importCSV(Data(Self.file.utf8), scope: Scope(rootCode: "330199"), actor: nil)
            #expect(first.rows == 6)
            #expect(first.inserted == 2)
            #expect(first.errors.map(\.row) == [4, 5, 6, 7])
            #expect(first.errors.map(\.column) == ["公民身份号码", "性别", "公民身份号码", "网格编码"])
            #expect(first.errors[0].reason.contains("应为 X"))

            let second = try await importer.importCSV(Data(Self.file.utf8), scope: Scope(rootCode: "330199"), actor: nil)
            #expect(second.inserted == 0)
            #expect(second.skipped == 2)
            #expect(second.errors.count == 4)

            let token = try await app.session("leader", kind: .api).token
            let found = try await app.api(.get, "/api/v1/residents?q=张三", token: token).json()
            let item = try #require((found["items"] as? [[String: Any]])?.first)
            #expect(item["current_address"] as? String == "解放路1号,3幢")
            #expect(first.errorCSV(headers: ["行号", "列", "原因"]).hasPrefix("\u{FEFF}行号,列,原因"))
            #expect(try await app.auditActions().filter { $0 == "resident.import" }.count == 2)
        }
    }

    @Test func importsOnlyIntoGridsInsideTheScope() async throws {
        try await TestApp.run { app in
            let importer = ResidentImporter(database: app.services.database, clock: app.services.clock, strings: app.services.views.strings)
            let report = try await importer.importCSV(Data(Self.file.utf8), scope: Scope(rootCode: "330199001001001"), actor: nil)
            #expect(report.inserted == 1)
            #expect(report.errors.contains { $0.row == 3 && $0.column == "网格编码" })
        }
    }

    @Test func missingColumnsAreNamed() async throws {
        try await TestApp.run { app in
            let importer = ResidentImporter(database: app.services.database, clock: app.services.clock, strings: app.services.views.strings)
            await #expect(throws: AppError.invalid("import_error_headers", ["公民身份号码、网格编码"])) {
                try await importer.importCSV(Data("姓名,现住址,人口类型\n张三,x,户籍\n".utf8), scope: Scope(rootCode: "330199"), actor: nil)
            }
        }
    }

    @Test func csvReaderHandlesQuotesAndLineBreaks() {
        var reader = CSVReader(data: Data("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x\n".utf8))
        #expect(reader.next() == ["a", "b,1", "say \"hi\""])
        #expect(reader.next() == ["multi\nline", "x"])
        #expect(reader.next() == nil)
    }
}
