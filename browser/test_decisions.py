"""A major decision at its gate: refused while a step is missing or the risk is medium, decided
after the mitigation is adopted and the decision re-assessed; and a resident's comment on the portal."""
from selenium.webdriver.support.ui import Select, WebDriverWait
from conftest import login
from test_disputes_petitions import submit


def step(browser, name, text, fill=None, expect_error=None):
    if fill:
        fill(browser)
    browser.find_element("id", "text-" + name).send_keys(text)
    submit(browser, "step-" + name)
    errors = browser.find_elements("id", "form-error")
    if expect_error:
        assert errors and expect_error in errors[0].text, errors[0].text if errors else browser.current_url + browser.find_element("tag name", "body").text[:1500]
    else:
        assert not errors, errors[0].text


def meeting(browser):
    browser.find_element("id", "attendees").send_keys("周县长、李副县长等9人")
    browser.find_element("id", "votes_for").clear()
    browser.find_element("id", "votes_for").send_keys("8")


def gate_item(browser, code):
    return browser.find_element("css selector", f'#gate li[data-code="{code}"]')


def test_a_decision_waits_at_its_gate_until_the_risk_is_mitigated_and_reassessed(browser, base_url):
    login(browser, base_url, "leader")
    # A new demolition, proposed from the form, cannot be decided at once.
    browser.get(base_url + "/decisions/new")
    browser.find_element("id", "title").send_keys("幸福里6幢危房征收")
    Select(browser.find_element("id", "kind")).select_by_value("demolition")
    browser.find_element("id", "summary").send_keys("6幢经鉴定为D级危房，拟实施征收。")
    browser.find_element("id", "affected_units").send_keys("330199001001001")
    browser.find_element("id", "estimated_households").send_keys("24")
    browser.find_element("id", "leader").send_keys("周县长")
    browser.find_element("id", "assessor").send_keys("县住建局")
    submit(browser, "decision-submit")
    assert "/decisions/" in browser.current_url and not browser.find_elements("id", "form-error")
    assert "已提出" in browser.find_element("id", "decision-stage").text
    step(browser, "decide", "常务会议讨论", meeting, expect_error="公众参与尚未完成")
    assert "overdue" in gate_item(browser, "participation_incomplete").get_attribute("class")

    # The water-price change is assessed at medium risk: refused until re-assessed low.
    browser.get(base_url + "/decisions/demo-decision-2")
    assert "中风险" in browser.find_element("id", "decision-level").text
    step(browser, "decide", "常务会议讨论", meeting, expect_error="中风险须落实防范措施并重新评估为低风险")
    assert "overdue" in gate_item(browser, "risk_level_medium").get_attribute("class")

    browser.delete_all_cookies()
    login(browser, base_url, "supervisor")
    browser.get(base_url + "/decisions/demo-decision-2")
    row = browser.find_element("id", "risk-demo-risk-2")
    Select(row.find_element("css selector", "select[name=likelihood]")).select_by_visible_text("1")
    Select(row.find_element("css selector", "select[name=status]")).select_by_value("mitigated")
    page = browser.find_element("tag name", "html")
    row.find_element("css selector", "button.risk-save").click()
    WebDriverWait(browser, 10).until(lambda b: page.id != b.find_element("tag name", "html").id)
    assert "1×4=4" in browser.find_element("id", "risk-demo-risk-2").text

    def scores(browser):
        Select(browser.find_element("id", "conclusion-reassess")).select_by_value("go")
        for field, value in (("social_benefit", "80"), ("economic_benefit", "70"), ("social_risk", "30")):
            browser.find_element("id", f"{field}-reassess").send_keys(value)
    step(browser, "reassess", "减免措施已落实，重新评估", scores)
    assert "低风险" in browser.find_element("id", "decision-level").text
    assert browser.find_elements("id", "gate-passes")

    browser.delete_all_cookies()
    login(browser, base_url, "leader")
    browser.get(base_url + "/decisions/demo-decision-2")
    step(browser, "decide", "县政府常务会议讨论通过。", meeting)
    assert "已决定" in browser.find_element("id", "decision-stage").text
    assert "赞成 8" in browser.find_element("id", "decision-meeting").text
    browser.find_element("id", "decision-report").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "assessment-report"))
    assert "社会稳定风险评估报告" in browser.find_element("css selector", "#assessment-report h1").text
    assert "低风险" in browser.find_element("id", "report-level").text


def test_a_resident_comments_on_a_decision_from_a_phone(browser, base_url):
    browser.set_window_size(390, 844)
    browser.get(base_url + "/portal/decisions")
    browser.find_element("link text", "老旧小区停车收费管理办法").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "comment-form"))
    browser.find_element("id", "author").send_keys("李梅")
    browser.find_element("id", "body").send_keys("建议夜间对本小区业主免费停车。")
    submit(browser, "comment-submit")
    assert browser.find_elements("id", "comment-sent")
    answers = browser.find_element("id", "portal-answers").text
    assert "建议夜间对本小区业主免费停车" in answers and "李*" in answers and "李梅" not in answers
    # The newest comment heads the list, which is counted and paged.
    assert "建议夜间对本小区业主免费停车" in browser.find_element("css selector", "#portal-answers li").text
    assert "共" in browser.find_element("id", "answers-pager").text
    # Nothing spills sideways on a phone.
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_staff_find_the_comments_awaiting_an_answer_on_their_own(browser, base_url):
    login(browser, base_url, "leader")
    browser.get(base_url + "/decisions/demo-decision-1")
    comments = browser.find_element("id", "comments")
    tabs = comments.find_element("id", "comment-tabs").find_elements("tag name", "a")
    counts = {a.get_attribute("href").split("comments=")[1].split("#")[0]: int(a.text.split()[-1]) for a in tabs}
    assert counts["all"] == len(comments.find_elements("css selector", "ol li")) >= 1, counts
    # One page of them: no link to a page before or after it.
    assert not comments.find_elements("css selector", ".pager a")
    comments.find_element("css selector", "a[href='?comments=unanswered#comments']").click()
    WebDriverWait(browser, 10).until(lambda b: "comments=unanswered" in b.current_url)
    comments = browser.find_element("id", "comments")
    assert "active" in comments.find_element("css selector", "a[href='?comments=unanswered#comments']").get_attribute("class")
    # Only those still waiting, none of them with an answer shown.
    waiting = comments.find_elements("css selector", "ol li")
    assert len(waiting) == counts["unanswered"] and not comments.find_elements("css selector", "ol li em")
