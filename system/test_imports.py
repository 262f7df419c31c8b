"""Imports from the page: HTTP keeps answering while they run, one runs at a time per process
(the others queue), a zip bomb fails its job without hurting the server, and an import cut off by
shutdown or kill -9 is finished by uploading the same file again, adding nothing twice."""
import datetime
import http.cookiejar
import io
import json
import os
import re
import sqlite3
import subprocess
import threading
import time
import urllib.parse
import urllib.request
import uuid
import zipfile

from conftest import BIN, PASSWORD

GRID = "330199001001001"
HEADERS = ["姓名", "公民身份号码", "性别", "出生日期", "民族", "联系电话", "户籍地址", "现住址", "人口类型", "网格编码"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def citizen_id(index):
    birth = datetime.date(1950, 1, 1) + datetime.timedelta(days=index % 20000)
    body = "330199%s%03d" % (birth.strftime("%Y%m%d"), 500 + index // 20000)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, WEIGHTS)) % 11], birth, int(body[-1]) % 2 == 1


def residents_csv(rows, start=0):
    lines = [",".join(HEADERS)]
    for index in range(start, start + rows):
        number, birth, male = citizen_id(index)
        lines.append(",".join(["测试%d" % index, number, "男" if male else "女", birth.isoformat(), "汉族",
                               "139%08d" % index, "浙江省云溪县", "云溪县解放路%d号" % (index % 500), "户籍", GRID]))
    return ("\n".join(lines) + "\n").encode()


def zip_bomb(unpacked_mb=200):
    """A workbook whose one sheet is a good header and then `unpacked_mb` MB of one repeated
    empty row: about 1000:1 packed. The sheet streams, so only the unpack limit stops it."""
    buffer = io.BytesIO()
    row = b'<row/>'
    header = "".join('<c t="inlineStr"><is><t>%s</t></is></c>' % name for name in ["姓名", "公民身份号码", "现住址", "人口类型", "网格编码"])
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b"<worksheet><sheetData>")
            sheet.write(("<row>" + header + "</row>").encode())
            block = row * ((1 << 20) // len(row) + 1)
            for _ in range(unpacked_mb):
                sheet.write(block)
            sheet.write(b"</sheetData></worksheet>")
    return buffer.getvalue()


class Staff:
    """A signed-in browser without the browser: cookies, CSRF tokens, the page's forms."""

    def __init__(self, server, username):
        self.url = server.url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        token = self.csrf("/login")
        form = urllib.parse.urlencode({"_csrf": token, "username": username, "password": PASSWORD, "next": "/home"}).encode()
        self.opener.open(urllib.request.Request(self.url + "/login", data=form), timeout=30).read()

    def csrf(self, path):
        page = self.opener.open(self.url + path, timeout=30).read().decode()
        return re.search(r'name="_csrf" value="([^"]+)"', page).group(1)

    def upload(self, kind, name, data):
        boundary = uuid.uuid4().hex
        parts = []
        for field, value in (("_csrf", self.csrf("/units/%s/import" % GRID)), ("kind", kind)):
            parts.append(('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (boundary, field, value)).encode())
        parts.append(('--%s\r\nContent-Disposition: form-data; name="file"; filename="%s"\r\n'
                      'Content-Type: application/octet-stream\r\n\r\n' % (boundary, name)).encode() + data + b"\r\n")
        parts.append(("--%s--\r\n" % boundary).encode())
        request = urllib.request.Request(self.url + "/units/%s/import" % GRID, data=b"".join(parts),
                                         headers={"Content-Type": "multipart/form-data; boundary=" + boundary})
        with self.opener.open(request, timeout=60) as response:
            job = re.search(r"/imports/([0-9a-f]+)$", response.url)
            assert job, "the upload did not lead to its job's page: " + response.url
            return job.group(1)

    def status(self, job):
        with self.opener.open(self.url + "/imports/%s/status" % job, timeout=30) as response:
            return json.load(response)

    def wait(self, job, timeout=600):
        deadline = time.time() + timeout
        while time.time() < deadline:
            status = self.status(job)
            if status["status"] not in ("queued", "running"):
                return status
            time.sleep(0.5)
        raise AssertionError("import %s did not finish" % job)


def test_http_answers_while_imports_run_one_at_a_time(server):
    server.start()
    staff = Staff(server, "gridworker1")
    first = staff.upload("residents", "一.csv", residents_csv(60_000))
    bomb = staff.upload("residents", "炸弹.xlsx", zip_bomb())
    second = staff.upload("residents", "二.csv", residents_csv(60_000, start=60_000))
    # One import at a time per process: the later uploads wait their turn, shown as queued.
    assert staff.status(second)["status"] == "queued"

    slowest, stop = [0.0], threading.Event()

    def probe():
        while not stop.is_set():
            started = time.time()
            urllib.request.urlopen(server.url + "/healthz", timeout=60).read()
            slowest[0] = max(slowest[0], time.time() - started)
            time.sleep(0.1)

    prober = threading.Thread(target=probe)
    prober.start()
    try:
        results = [staff.wait(job) for job in (first, bomb, second)]
    finally:
        stop.set()
        prober.join()
    print("slowest /healthz while importing: %.2f s" % slowest[0])
    assert results[0]["status"] == "done" and results[0]["inserted"] + results[0]["skipped"] == 60_000
    assert results[1]["status"] == "failed" and "解压" in results[1]["message"]
    assert results[2]["status"] == "done" and results[2]["inserted"] + results[2]["skipped"] == 60_000
    # The imports ran on threads of their own: the server's shared pool kept answering (a debug
    # build; a frozen pool took 46 s here before).
    assert slowest[0] < 5


def interrupted_import_is_finished_by_the_same_file(server, stop_server):
    server.start()
    staff = Staff(server, "gridworker1")
    data = residents_csv(150_000, start=200_000)
    job = staff.upload("residents", "大.csv", data)
    deadline = time.time() + 300
    # Progress counts rows read; the chunk before the one being read is stored by then.
    while staff.status(job)["percent"] < 20:
        assert time.time() < deadline, "the import never got going"
        time.sleep(0.2)
    stop_server()
    server.start()
    staff = Staff(server, "gridworker1")
    cut = staff.status(job)
    again = staff.wait(staff.upload("residents", "大.csv", data))
    assert again["status"] == "done" and again["errors"] == 0
    assert again["inserted"] + again["skipped"] == 150_000 and again["skipped"] > 0
    third = staff.wait(staff.upload("residents", "大.csv", data))
    assert (third["inserted"], third["skipped"]) == (0, 150_000)
    return cut


def test_shutdown_marks_a_running_import_interrupted(server):
    started = []

    def stop():
        started.append(time.time())
        server.stop()
        started.append(time.time())

    cut = interrupted_import_is_finished_by_the_same_file(server, stop)
    assert cut["status"] == "interrupted" and cut["message"]
    assert started[1] - started[0] < 15  # waits for the import to stop between chunks, not to finish


def test_kill_during_import_loses_nothing_and_adds_nothing_twice(server):
    cut = interrupted_import_is_finished_by_the_same_file(server, server.kill)
    # No shutdown ran: the job shows running until its heartbeat goes stale, then interrupted.
    assert cut["status"] in ("running", "interrupted")
    server.stop()
    verify = subprocess.run([BIN, "audit", "verify", "--data-dir", server.data_dir], capture_output=True, text=True)
    assert verify.returncode == 0 and "intact" in verify.stdout, verify.stdout + verify.stderr
    with sqlite3.connect(os.path.join(server.data_dir, "civicgrid.sqlite")) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
