import CivicGridApp
import Foundation
import Kernel
import Spreadsheets
import Testing

@Suite("Registry lists under a unit, and their exports")
struct RegistryListTests {
    @Test func unitPagesCountAndLinkEveryList() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1")
            let page = try await app.get("/units/330199001001001", as: worker).text
            for link in ["households", "houses", "rentals?type=current", "organisations", "permits-due"] {
                #expect(page.contains("/units/330199001001001/\(link)"), "\(link)")
            }
            #expect(page.contains("出租房屋 1"))
            #expect(page.contains("单位组织 1"))
        }
    }

    /// Every scope walked, as a city's, and read by place, as a street or county holding few rows.
    @Test(arguments: [0, ListWalk.few]) func listsShowTheirRowsAndExportTheSameColumns(walkingFrom few: Int) async throws {
        try await TestApp.run(walkingFrom: few) { app in
            let worker = try await app.session("gridworker1")
            let houses = try await app.get("/units/330199001001001/houses?type=residential", as: worker)
            #expect(houses.status == .ok)
            #expect(houses.text.contains("330199001001001001") && houses.text.contains("301"))
            // One page only: no pager links, and rows without a page of their own are not links.
            #expect(!houses.text.contains("page=2") && !houses.text.contains("下一页"))
            #expect(!houses.text.contains("<a href=\"\">"))
            #expect(try await app.get("/units/330199001001001/houses?type=commercial", as: worker).text.contains("共 0 条"))

            let rentals = try await app.get("/units/330199001001001/rentals?type=current", as: worker).text
            #expect(rentals.contains("330199001001001001 1-301"))
            // A street's and the county's lists are read another way (walked in order, each rental's grid checked): the same rental.
            for (unit, reader) in [("330199001", "street_sup"), ("330199", "supervisor")] {
                let session = try await app.session(reader)
                #expect(try await app.get("/units/\(unit)/rentals?type=current", as: session).text.contains("330199001001001001 1-301"), "\(reader)")
                #expect(!(try await app.get("/units/\(unit)/rentals?type=ended", as: session).text.contains("330199001001001001 1-301")), "\(reader)")
            }
            #expect(!(try await app.get("/units/330199002/rentals?type=current", as: try await app.session("supervisor")).text.contains("330199001001001001 1-301")))
            let organisations = try await app.get("/units/330199001001001/organisations?q=物业", as: worker).text
            #expect(organisations.contains("/organisations/demo-organisation-1"))
            let organisation = try await app.get("/organisations/demo-organisation-1", as: worker).text
            #expect(organisation.contains("保洁员") && organisation.contains("**********"))
            let households = try await app.get("/units/330199001001001/households", as: worker).text
            #expect(households.contains("<td>2</td>"))
            // demo-permit-1 expires 2026-12-10: inside its renewal window from 2026-11-10.
            let due = try await app.get("/units/330199001001001/permits-due", as: worker).text
            #expect(due.contains("/residents/demo-resident-2"))

            let export = try await app.get("/units/330199001001001/houses.xlsx", as: worker)
            #expect(export.headers[.contentType] == XLSXWriter.contentType)
            var sheet = try Spreadsheet.rows(from: Data(buffer: export.body))
            #expect(try sheet.nextRow()?.fields == ["楼栋编码", "单元", "房号", "用途", "面积（㎡）", "产权人"])
            #expect(try sheet.nextRow()?.fields.prefix(3) == ["330199001001001001", "1", "301"])
            #expect(try await app.auditActions().contains("registry.export"))
        }
    }

    /// Every scope walked, as a city's, and read by place, as a street or county holding few rows.
    @Test(arguments: [0, ListWalk.few]) func listsStayInsideTheCallersJurisdiction(walkingFrom few: Int) async throws {
        try await TestApp.run(walkingFrom: few) { app in
            let other = try await app.session("gridworker2")
            #expect(try await app.get("/units/330199001001001/permits-due", as: other).status == .notFound)
            #expect(try await app.get("/units/330199001001001/houses.xlsx", as: other).status == .notFound)
            let mine = try await app.get("/units/330199001001002/permits-due", as: other).text
            #expect(!mine.contains("demo-resident-2"))
        }
    }
}
