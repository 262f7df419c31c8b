"""PostgreSQL stopped under load: the server answers 503 within seconds, never hangs a request,
and serves again by itself when the database returns; nothing it acknowledged is lost."""
import threading
import time

from conftest import Server, api as call

ORDER = {"channel": "patrol", "category_code": "A01", "description": "楼道堆物（数据库中断）", "grid_code": "330199001001001"}


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_server_answers_503_while_postgres_is_down_and_recovers(postgres, tmp_path):
    server = Server(str(tmp_path / "data"), str(tmp_path / "server.log"), env={"DATABASE_URL": postgres.url, "DATABASE_POOL_SIZE": "4"})
    try:
        server.start()
        token = server.token("gridworker1")
        acknowledged, answers, lock, stop = [], [], threading.Lock(), threading.Event()

        def load():
            while not stop.is_set():
                status, body, seconds = call(server.url + "/api/v1/work-orders", token, ORDER)
                with lock:
                    answers.append((status, seconds))
                    if status == 201:
                        acknowledged.append(body["number"])

        threads = [threading.Thread(target=load) for _ in range(8)]
        for t in threads:
            t.start()
        assert wait_for(lambda: len(acknowledged) >= 50, 60), "intake did not get going on PostgreSQL"

        postgres.stop()
        stopped = time.monotonic()
        assert wait_for(lambda: call(server.url + "/healthz", timeout=10)[0] == 503, 15), "/healthz did not say 503 within 15 s"
        health_seconds = time.monotonic() - stopped
        # Requests made while it is down are answered, quickly, with the usual error body.
        status, body, seconds = call(server.url + "/api/v1/work-orders", token, ORDER)
        assert status == 503 and body["error"]["code"] == "database_unavailable", (status, body)
        assert seconds < 10, "a request waited %.1f s for a database that is down" % seconds
        time.sleep(2)
        with lock:
            during = [a for a in answers if a[0] not in (201,)]
        assert during and all(s == 503 for s, _ in during), "answers while down: %r" % sorted({s for s, _ in during})

        postgres.start()
        assert wait_for(lambda: call(server.url + "/healthz", timeout=10)[0] == 200, 30), "/healthz did not recover within 30 s"
        with lock:
            before = len(acknowledged)
        assert wait_for(lambda: len(acknowledged) > before + 20, 30), "intake did not resume after PostgreSQL returned"
        stop.set()
        for t in threads:
            t.join(timeout=30)
        assert server.process.poll() is None, "the server exited"

        # Every order the server acknowledged, before, during or after, is stored.
        stored = lambda n: call(server.url + "/api/v1/work-orders?number=" + n, token)[1]["total"] == 1
        missing = [n for n in acknowledged if not stored(n)]
        assert missing == []
        slowest = max(seconds for _, seconds in answers)
        print("healthz 503 after %.1f s; %d answers, slowest %.1f s; %d orders acknowledged" % (health_seconds, len(answers), slowest, len(acknowledged)))
        assert slowest < 15
    finally:
        server.stop()
