"""Importing a spreadsheet from the page: upload, watch the bar reach the end, get the report."""
import os
import random
import tempfile
import zipfile
from xml.sax.saxutils import escape

from selenium.webdriver.support.ui import WebDriverWait
from conftest import login

GRID_1 = "330199001001001"
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def citizen_id(body17):
    """GB 11643: the check character over the first 17 digits."""
    return body17 + "10X98765432"[sum(int(d) * w for d, w in zip(body17, WEIGHTS)) % 11]


def write_xlsx(path, rows):
    """A minimal workbook, every cell an inline string (as our own exports are)."""
    def cell(value):
        return '<c t="inlineStr"><is><t>%s</t></is></c>' % escape(value)
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             "<sheetData>%s</sheetData></worksheet>" % "".join("<row>%s</row>" % "".join(map(cell, r)) for r in rows))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="人口" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)


def test_a_grid_worker_uploads_a_sheet_and_watches_it_finish(browser, base_url):
    # Fresh people each run (the demo server's data folder may be reused): random birth years and
    # sequence numbers under the demo county's region code.
    rng = random.Random()
    rows = [["姓名", "公民身份号码", "性别", "出生日期", "现住址", "人口类型", "网格编码"]]
    for i in range(40):
        body = "330199%04d0101%03d" % (rng.randint(1940, 2005), rng.randint(0, 999))
        sex = "男" if int(body[16]) % 2 else "女"
        rows.append(["导入%02d" % i, citizen_id(body), sex, "", "解放路%d号" % i, "户籍", GRID_1])
    rows.append(["坏行", "123", "男", "", "解放路", "户籍", GRID_1])
    path = os.path.join(tempfile.mkdtemp(), "人口导入.xlsx")
    write_xlsx(path, rows)

    login(browser, base_url, "gridworker1")
    browser.get(base_url + "/units/" + GRID_1 + "/residents")
    browser.find_element("id", "import").click()
    browser.find_element("id", "file").send_keys(path)
    browser.find_element("id", "import-submit").click()

    WebDriverWait(browser, 30).until(lambda b: b.find_elements("id", "import-job"))
    WebDriverWait(browser, 30).until(lambda b: b.find_element("id", "import-status").text == "导入完成")
    assert browser.find_element("id", "import-progress").get_attribute("value") == "100"
    assert browser.find_element("id", "import-percent").text == "100%"
    assert browser.find_element("id", "import-rows").text == "41"
    assert browser.find_element("id", "import-errors").text == "1"
    inserted = int(browser.find_element("id", "import-inserted").text)
    skipped = int(browser.find_element("id", "import-skipped").text)
    assert inserted + skipped == 40 and inserted >= 1
    report = browser.find_element("id", "import-report")
    assert report.is_displayed() and report.get_attribute("href").endswith("/errors.xlsx")

    browser.get(base_url + "/units/" + GRID_1 + "/residents?q=导入")
    assert len(browser.find_elements("css selector", "#residents-table tbody tr")) >= 1
