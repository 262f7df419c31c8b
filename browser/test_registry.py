"""Registry in a real browser: a grid's people masked, a full number shown only on request."""
from selenium.webdriver.support.ui import WebDriverWait
from conftest import login, wait_after_navigation

GRID_1 = "330199001001001"


def test_people_are_masked_until_a_permitted_worker_asks(browser, base_url):
    login(browser, base_url, "gridworker1")
    browser.get(base_url + "/units/" + GRID_1)
    browser.find_element("css selector", "#figures a").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "residents-table"))
    cells = browser.find_elements("css selector", "#residents-table tbody code")
    assert cells and all("**********" in c.text for c in cells)

    browser.find_element("css selector", "#residents-table tbody a").click()
    masked = browser.find_element("id", "id-number").text
    assert "*" in masked
    browser.find_element("id", "reveal").click()
    wait_after_navigation(browser, lambda b: "*" not in b.find_element("id", "id-number").text)
    full = browser.find_element("id", "id-number").text
    assert len(full) == 18 and full[:4] == masked[:4] and full[-4:] == masked[-4:]
    assert "审计日志" in browser.page_source


def test_leaders_see_counts_but_no_reveal_button(browser, base_url):
    login(browser, base_url, "leader")
    browser.get(base_url + "/units/" + GRID_1 + "/residents")
    browser.find_element("css selector", "#residents-table tbody a").click()
    assert not browser.find_elements("id", "reveal")


def test_a_clerk_registers_and_corrects_a_resident(browser, base_url):
    from test_import import citizen_id
    import random
    from selenium.webdriver.support.ui import Select
    body = "330199%04d0315%03d" % (random.randint(1950, 2000), random.randint(0, 999))
    login(browser, base_url, "clerk")
    browser.get(base_url + "/units/330199001001/residents")
    browser.find_element("id", "new-resident").click()
    browser.find_element("id", "name").send_keys("浏览器登记")
    browser.find_element("id", "id_number").send_keys(citizen_id(body))
    browser.find_element("id", "current_address").send_keys("幸福里8号")
    Select(browser.find_element("id", "population_type")).select_by_value("floating")
    browser.find_element("id", "grid_code").send_keys(GRID_1)
    browser.find_element("id", "resident-save").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "saved") or b.find_elements("id", "form-error"))
    assert browser.find_elements("id", "saved"), browser.find_element("id", "form-error").text
    assert "浏览器登记" in browser.page_source and "流动人口" in browser.page_source

    browser.find_element("id", "edit").click()
    address = browser.find_element("id", "current_address")
    address.clear()
    address.send_keys("幸福里9号")
    browser.find_element("id", "resident-save").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "saved"))
    assert "幸福里9号" in browser.page_source


def test_an_organisations_page_counts_its_employees_masked(browser, base_url):
    login(browser, base_url, "clerk")
    browser.get(base_url + "/organisations/demo-organisation-1")
    rows = browser.find_elements("css selector", "#employees tbody tr")
    assert rows and all("**********" in r.find_element("css selector", "code").text for r in rows)
    assert browser.find_element("id", "employees-total").text.strip() != ""
