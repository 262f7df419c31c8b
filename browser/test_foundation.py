"""Foundation in a real browser: Chinese login, a grid's map, English switch, logout, scope."""
import os
from selenium.webdriver.support.ui import WebDriverWait
from conftest import login, wait_after_navigation

GRID_1 = "330199001001001"
GRID_2 = "330199001001002"


def screenshot(browser, name):
    folder = os.environ.get("CIVICGRID_SCREENSHOTS")
    if folder:
        os.makedirs(folder, exist_ok=True)
        browser.save_screenshot(os.path.join(folder, name + ".png"))


def test_login_browse_grid_map_switch_language_and_logout(browser, base_url):
    browser.get(base_url + "/login")
    assert "工作人员登录" in browser.page_source
    login(browser, base_url, "street_sup")
    assert browser.current_url.endswith("/home")
    assert "城关街道 王主任" in browser.find_element("id", "who-name").text

    browser.find_element("id", "my-unit").click()
    assert "城关街道" in browser.find_element("id", "unit-name").text
    browser.find_element("link text", "幸福里社区").click()
    browser.find_element("link text", "幸福里社区第1网格").click()
    assert browser.find_element("id", "grid-code").text == GRID_1
    svg = browser.find_element("css selector", "#grid-map svg.map")
    assert svg.size["width"] > 100 and svg.size["height"] > 100
    assert browser.find_elements("css selector", "#grid-map svg path.cell.focus")
    assert "网格长" in browser.find_element("id", "team").text
    screenshot(browser, "grid-zh")

    browser.find_element("id", "switch-lang").click()
    WebDriverWait(browser, 10).until(lambda b: "Grid team" in b.page_source)
    assert browser.find_element("id", "grid-code").text == GRID_1
    assert "Log out" in browser.find_element("id", "logout").text
    screenshot(browser, "grid-en")

    # The choice is remembered: the next page is English too.
    browser.get(base_url + "/home")
    assert "Workbench" in browser.find_element("id", "home-title").text
    # Back to Chinese, so the account's remembered choice is as the demo shipped it.
    browser.find_element("id", "switch-lang").click()
    wait_after_navigation(browser, lambda b: "工作台" in b.find_element("id", "home-title").text)

    browser.find_element("id", "logout").click()
    WebDriverWait(browser, 10).until(lambda b: "/login" in b.current_url)
    browser.get(base_url + "/home")
    assert "/login" in browser.current_url


def test_grid_worker_cannot_reach_another_grid_by_editing_the_url(browser, base_url):
    login(browser, base_url, "gridworker1")
    browser.get(base_url + "/units/" + GRID_1)
    assert browser.find_element("id", "grid-code").text == GRID_1
    browser.get(base_url + "/units/" + GRID_2)
    assert "没有找到该内容" in browser.find_element("id", "error-message").text
    assert "幸福里社区第2网格" not in browser.page_source
    assert not browser.find_elements("css selector", "svg.map")
    browser.get(base_url + "/units/330199001001")
    assert "没有找到该内容" in browser.find_element("id", "error-message").text


def test_wrong_password_shows_a_chinese_error(browser, base_url):
    login(browser, base_url, "leader", "not-the-password")
    assert "用户名或密码不正确" in browser.find_element("id", "login-error").text


def test_admin_sees_a_clear_error_for_a_self_intersecting_outline(browser, base_url):
    login(browser, base_url, "admin")
    browser.get(base_url + "/admin/units/" + GRID_2 + "/edit")
    area = browser.find_element("id", "polygon")
    area.clear()
    area.send_keys('{"type":"Polygon","coordinates":[[[120,30],[120.02,30.02],[120.02,30],[120,30.02],[120,30]]]}')
    browser.find_element("id", "save").click()
    assert "自相交" in browser.find_element("id", "form-error").text
