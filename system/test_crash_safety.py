"""Kill the server during a burst of intake: every order that got a number is there after restart."""
import http.client
import json
import threading
import time
import urllib.error
import urllib.request

ORDER = {"channel": "patrol", "category_code": "A01", "description": "楼道堆物（压力测试）", "grid_code": "330199001001001"}


def post(url, token, body):
    request = urllib.request.Request(url + "/api/v1/work-orders", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, json.load(response)


def get(url, token, path):
    request = urllib.request.Request(url + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def test_every_acknowledged_order_survives_a_kill(server):
    server.start()
    token = server.token("gridworker1")
    acknowledged, lock, stop = [], threading.Lock(), threading.Event()

    def burst(worker):
        n = 0
        while not stop.is_set():
            n += 1
            try:
                status, order = post(server.url, token, dict(ORDER, description="楼道堆物 %d-%d" % (worker, n)))
            except (urllib.error.URLError, ConnectionError, OSError, http.client.HTTPException):
                # The server is gone (an answer cut off mid-body included): whatever was not answered was never promised.
                return
            assert status == 201
            with lock:
                acknowledged.append(order["number"])

    threads = [threading.Thread(target=burst, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    while len(acknowledged) < 200:
        time.sleep(0.05)
    server.kill()  # SIGKILL in the middle of the burst: no shutdown, no flush
    stop.set()
    for t in threads:
        t.join()
    assert len(acknowledged) >= 200
    assert len(set(acknowledged)) == len(acknowledged)

    server.start()
    token = server.token("gridworker1")
    missing = [n for n in acknowledged if get(server.url, token, "/api/v1/work-orders?number=" + n)["total"] != 1]
    assert missing == []
    # Intake goes on after the restart, numbering after the last order stored.
    status, order = post(server.url, token, ORDER)
    assert status == 201 and order["number"] not in acknowledged
