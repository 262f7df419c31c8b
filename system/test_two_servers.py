"""Two server processes on one PostgreSQL: intake on both numbers every order once, both sweep
and every supervision notice exists once, a token issued by one works on the other, a logout on
one holds on the other within the documented 5 s, and the audit chain both wrote verifies."""
import glob
import os
import subprocess
import threading
import time

from conftest import BIN, Server, api

ORDER = {"channel": "patrol", "category_code": "A01", "description": "两台服务器同时受理", "grid_code": "330199001001001"}
AUDIT_KEY = "two servers share this audit key, 40+ chars"


def call(url, token, path, body=None, method=None):
    return api(url + path, token, body, method=method, timeout=30)[:2]


def psql(url, query):
    binary = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))[-1]
    return subprocess.check_output([binary, url, "-tAc", query], text=True).strip()


def test_two_processes_share_one_database(postgres, tmp_path):
    env = {"DATABASE_URL": postgres.url, "AUDIT_KEY": AUDIT_KEY, "DATABASE_POOL_SIZE": "6"}
    a = Server(str(tmp_path / "a"), str(tmp_path / "a.log"), env)
    b = Server(str(tmp_path / "b"), str(tmp_path / "b.log"), env)
    try:
        a.start()
        b.start()
        token = a.token("gridworker1")
        assert call(b.url, token, "/api/v1/work-orders")[0] == 200  # issued by a, honoured by b

        numbers, lock, stop = [], threading.Lock(), threading.Event()

        def burst(server, worker):
            n = 0
            while not stop.is_set():
                n += 1
                status, order = call(server.url, token, "/api/v1/work-orders", dict(ORDER, description="受理 %d-%d" % (worker, n)))
                assert status == 201
                with lock:
                    numbers.append(order["number"])

        threads = [threading.Thread(target=burst, args=(server, i)) for i, server in enumerate([a, b] * 4)]
        for t in threads:
            t.start()
        time.sleep(4)
        stop.set()
        for t in threads:
            t.join()
        assert len(numbers) > 50 and len(set(numbers)) == len(numbers)
        assert call(a.url, token, "/api/v1/work-orders?number=" + numbers[-1])[1]["total"] == 1

        # Every open order two days overdue; both processes restart together and sweep at once.
        past = int(time.time()) - 2 * 86400
        overdue = int(psql(postgres.url, "WITH moved AS (UPDATE work_orders SET due_at = %d, open_due = %d WHERE open_due IS NOT NULL "
                                         "RETURNING 1) SELECT count(*) FROM moved" % (past, past)))
        assert overdue >= len(numbers)
        a.stop()
        b.stop()
        starters = [threading.Thread(target=s.start) for s in (a, b)]
        for t in starters:
            t.start()
        for t in starters:
            t.join()
        deadline, counts = time.time() + 60, None
        while time.time() < deadline:
            counts = psql(postgres.url, "SELECT count(*), count(DISTINCT (case_id, kind, level)), "
                                        "count(*) FILTER (WHERE kind = 'overdue') FROM case_notices "
                                        "WHERE case_type = 'work_order'").split("|")
            if int(counts[2]) >= overdue:
                break
            time.sleep(1)
        total, distinct, overdue_notices = map(int, counts)
        assert overdue_notices == overdue and total == distinct

        # Logging out on b holds on a within 5 s (a keeps a session for at most 5 s).
        other = b.token("gridworker1")
        assert call(a.url, other, "/api/v1/work-orders")[0] == 200
        assert call(b.url, other, "/api/v1/auth/token", method="DELETE")[0] in (200, 204)
        time.sleep(5.5)
        assert call(a.url, other, "/api/v1/work-orders")[0] == 401
    finally:
        a.stop()
        b.stop()
    verify = subprocess.run([BIN, "audit", "verify", "--data-dir", str(tmp_path / "a")], env=dict(os.environ, **env),
                            capture_output=True, text=True)
    assert verify.returncode == 0 and "intact" in verify.stdout, verify.stdout + verify.stderr
