#!/usr/bin/env python3
"""Cold start of the published host (issue 15/16): time to /healthz/ready, the first profile.docx, working set.

python3 bench/coldstart/coldstart.py PUBLISHED_DIR [--no-warmup] [--turns N] [--runs N]

Starts its own in-memory Azurite on a free loopback port, imports the sample Ansiedlung with the published CLI,
then per run starts `dotnet wfteams.dll` (development mode, loopback only), measures from process start to the
first 200 of /healthz/ready, then the first GET /api/templates/ansiedlung/profile.docx (right after ready), the
working set (VmRSS) 2 s after ready, and after N message turns ("hilfe", 50 conversations, replies to a loopback
sink). Everything on 127.0.0.1; every process it started is ended by its PID.
"""
import http.client, http.server, json, os, socket, subprocess, sys, threading, time, uuid, concurrent.futures

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, deadline=60):
    end = time.time() + deadline
    while time.time() < end:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"port {port} not listening")


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0


class Sink(http.server.BaseHTTPRequestHandler):
    """The connector: accepts every reply."""
    protocol_version = "HTTP/1.1"
    replies = 0

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        Sink.replies += 1
        body = b'{"id":"1"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def turns(port, sink_port, count, conversations=50):
    def one(i):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        c = i % conversations
        activity = {"type": "message", "id": str(uuid.uuid4()), "text": "hilfe", "channelId": "msteams", "locale": "de-DE",
                    "serviceUrl": f"http://127.0.0.1:{sink_port}/", "from": {"id": f"29:user{c}", "name": f"Person {c}"},
                    "recipient": {"id": "28:bot", "name": "WfTeams"}, "conversation": {"id": f"a:conv{c}", "conversationType": "personal"}}
        conn.request("POST", "/api/messages", json.dumps(activity), {"Content-Type": "application/json"})
        status = conn.getresponse().status
        conn.close()
        return status
    with concurrent.futures.ThreadPoolExecutor(conversations) as pool:
        statuses = list(pool.map(one, range(count)))
    return sum(1 for s in statuses if s == 200)


def main():
    folder = sys.argv[1]
    warmup = "--no-warmup" not in sys.argv
    count = int(sys.argv[sys.argv.index("--turns") + 1]) if "--turns" in sys.argv else 0
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    table = free_port()
    azurite = subprocess.Popen([os.path.join(ROOT, "node_modules", ".bin", "azurite-table"), "--tableHost", "127.0.0.1", "--tablePort", str(table),
                                "--inMemoryPersistence", "--silent", "--disableTelemetry", "--skipApiVersionCheck"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sink = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Sink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    try:
        wait_port(table)
        env = dict(os.environ, Storage__ConnectionString=f"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;",
                   Bot__AllowUnauthenticated="true", Api__AllowUnauthenticated="true", Profile__Warmup=str(warmup).lower(), Logging__LogLevel__Default="Warning")
        subprocess.run(["dotnet", os.path.join(folder, "wfteams.dll"), "templates", "import", os.path.join(ROOT, "samples", "ansiedlung.json")], env=env, check=True, stdout=subprocess.DEVNULL)
        for run in range(runs):
            port = free_port()
            started = time.perf_counter()
            host = subprocess.Popen(["dotnet", os.path.join(folder, "wfteams.dll"), "serve"], env=dict(env, Urls=f"http://127.0.0.1:{port}"),
                                    cwd="/tmp", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                while True:
                    try:
                        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                        conn.request("GET", "/healthz/ready")
                        if conn.getresponse().status == 200:
                            break
                    except OSError:
                        pass
                    if time.perf_counter() - started > 60:
                        raise SystemExit("not ready within 60 s")
                    time.sleep(0.005)
                ready = time.perf_counter() - started
                t = time.perf_counter()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conn.request("GET", "/api/templates/ansiedlung/profile.docx")
                response = conn.getresponse()
                size = len(response.read())
                first = time.perf_counter() - t
                assert response.status == 200, response.status
                t = time.perf_counter()
                conn.request("GET", "/api/templates/ansiedlung/profile.docx")
                conn.getresponse().read()
                second = time.perf_counter() - t
                time.sleep(2)
                result = {"run": run + 1, "warmup": warmup, "ready_ms": round(ready * 1000), "first_profile_ms": round(first * 1000, 1),
                          "second_profile_ms": round(second * 1000, 1), "profile_bytes": size, "rss_after_start_mb": round(rss_mb(host.pid))}
                if count and run == runs - 1:
                    t = time.perf_counter()
                    ok = turns(port, sink.server_address[1], count)
                    result.update(turns=count, turns_ok=ok, turns_per_s=round(count / (time.perf_counter() - t)))
                    time.sleep(3)
                    result.update(rss_after_turns_mb=round(rss_mb(host.pid)), replies=Sink.replies)
                print(json.dumps(result), flush=True)
            finally:
                host.terminate()
                host.wait()
    finally:
        sink.shutdown()
        azurite.terminate()
        azurite.wait()


if __name__ == "__main__":
    main()
