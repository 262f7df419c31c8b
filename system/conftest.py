"""System tests start, kill and restart CivicGrid processes themselves.

CIVICGRID_BIN names the server binary (scripts/test passes the debug build it made). Every
process a test starts is stopped by the fixture, whatever the test's outcome.
"""
import json
import os
import shutil
import tempfile
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

BIN = os.environ.get("CIVICGRID_BIN", os.path.join(os.path.dirname(__file__), "..", ".build", "debug", "civicgrid"))
PASSWORD = "Demo@2026"


def api(url, token=None, body=None, method=None, timeout=20):
    """(status, parsed body or None, seconds taken) of one JSON call; an HTTP error is its status, not an exception."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None, headers=headers, method=method)
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read()
            return response.status, json.loads(text) if text else None, time.monotonic() - started
    except urllib.error.HTTPError as error:
        text = error.read()
        return error.code, json.loads(text) if text else None, time.monotonic() - started


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data_dir, log_path, env=None):
        self.data_dir, self.log_path = data_dir, log_path
        self.env = dict(os.environ, **(env or {}))
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.port

    def start(self):
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen([BIN, "serve", "--demo", "--data-dir", self.data_dir, "--hostname", "127.0.0.1",
                                         "--port", str(self.port)], stdout=log, stderr=subprocess.STDOUT, env=self.env)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("server exited: " + open(self.log_path).read()[-2000:])
            try:
                urllib.request.urlopen(self.url + "/healthz", timeout=2)
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("server did not start")

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def token(self, username):
        body = json.dumps({"username": username, "password": PASSWORD}).encode()
        request = urllib.request.Request(self.url + "/api/v1/auth/token", data=body, headers={"Content-Type": "application/json"})
        return json.load(urllib.request.urlopen(request, timeout=30))["token"]


@pytest.fixture
def server(tmp_path):
    s = Server(str(tmp_path / "data"), str(tmp_path / "server.log"))
    yield s
    s.stop()


SCRIPTS = os.path.join(os.path.dirname(__file__), "..", "scripts")


class Postgres:
    """A throwaway PostgreSQL on 127.0.0.1 (scripts/pg-start), stopped and started by the test."""

    def __init__(self, directory):
        self.directory = directory
        self.port = free_port()
        self.url = None

    def start(self):
        self.url = subprocess.check_output([os.path.join(SCRIPTS, "pg-start"), self.directory, str(self.port)], text=True).strip()

    def stop(self):
        subprocess.run([os.path.join(SCRIPTS, "pg-stop"), self.directory], check=False)


@pytest.fixture
def postgres():
    # Straight under /tmp: the server runs as the postgres user, which cannot enter pytest's folders.
    parent = tempfile.mkdtemp(prefix="civicgrid-pg-")
    pg = Postgres(os.path.join(parent, "cluster"))
    pg.start()
    yield pg
    pg.stop()
    shutil.rmtree(parent, ignore_errors=True)
