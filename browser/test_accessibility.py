"""Every resident portal page, at phone size, has no serious or critical accessibility violation
(axe-core, run in Chromium by axe-selenium-python)."""
import pytest
from axe_selenium_python import Axe

PORTAL_PAGES = [
    "/portal", "/portal/track", "/portal/petitions",
    "/portal/decisions", "/portal/decisions/demo-decision-3",
    "/portal/ballots", "/portal/ballots/demo-ballot-2", "/portal/ballots/demo-ballot-1",
    "/portal/projects", "/portal/projects/demo-project-1", "/portal/commitments", "/portal/points",
    "/portal/proposals", "/portal/agreements", "/portal/star-households",
]


@pytest.mark.parametrize("path", PORTAL_PAGES)
def test_portal_page_has_no_serious_accessibility_violations(browser, base_url, path):
    browser.set_window_size(390, 844)
    browser.get(base_url + path)
    assert browser.find_elements("css selector", "main, .card"), "the page did not render"
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], f"{path}: {serious}"
