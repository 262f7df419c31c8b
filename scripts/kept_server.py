"""A server of one build on a kept database, for the scripts that compare builds request by request."""
import json, socket, subprocess, time, urllib.request

PASSWORD = "Demo@2026"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class KeptServer:
    """`BIN serve` on DATA_DIR at a free port on 127.0.0.1, stopped when the `with` block ends."""

    def __init__(self, binary, data_dir):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([binary, "serve", "--data-dir", data_dir, "--port", str(self.port), "--hostname", "127.0.0.1"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def __enter__(self):
        for _ in range(240):
            try:
                self.call("/healthz")
                return self
            except OSError:
                time.sleep(0.5)
        raise RuntimeError("the server did not answer /healthz in two minutes")

    def __exit__(self, *_):
        self.process.terminate()
        self.process.wait(timeout=30)

    def call(self, path, token=None, data=None):
        headers = {"Content-Type": "application/json"} | ({"Authorization": "Bearer " + token} if token else {})
        with urllib.request.urlopen(urllib.request.Request(self.base + path, data=data, headers=headers), timeout=120) as r:
            return r.read()

    def timed(self, path, token=None, data=None):
        """The answer's body and how long it took, in ms."""
        started = time.perf_counter()
        body = self.call(path, token, data)
        return body, (time.perf_counter() - started) * 1000

    def token(self, username):
        credentials = json.dumps({"username": username, "password": PASSWORD}).encode()
        return json.loads(self.call("/api/v1/auth/token", data=credentials))["token"]


def p50_p95(times):
    times = sorted(times)
    return times[len(times) // 2], times[max(0, int(len(times) * 0.95) - 1)]
