"""A fake DeepRacer web console: HTTPS on 127.0.0.1 with a self-signed CN=deepracer.io certificate.

Implements what the app relies on and the quirks it must survive: CSRF login (wrong password answers 200
"failure"), one session only (a new login logs the previous client out: 401), the upload that answers after
at most ``upload_wait`` seconds (10 s on a real car; shorter here to keep tests fast) while the install
goes on, and the load states loading → loaded | error.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
import ssl
from pathlib import Path
from typing import Any

from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def self_signed_certificate(folder: Path, common_name: str = "deepracer.io") -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Amazon.com Inc."),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


class FakeConsole:
    def __init__(
        self,
        folder: Path,
        password: str = "console-pw",
        single_session: bool = True,
        upload_wait: float = 10.0,
        install_time: float = 0.0,
        load_time: float = 0.2,
        common_name: str = "deepracer.io",
        models_dir: Path | None = None,
    ) -> None:
        self.folder = folder
        self.password = password
        self.single_session = single_session
        self.upload_wait = upload_wait
        self.install_time = install_time
        self.load_time = load_time
        self.common_name = common_name
        self.models_dir = models_dir  # a fake car's artifacts folder: models pushed over SSH show up too
        self.models: dict[str, list[str]] = {}
        self.uploads: dict[str, bytes] = {}
        self.calls: list[str] = []
        self.tokens: set[str] = set()
        self.csrf: dict[str, str] = {}
        self.loading = "loaded"
        self.loaded: str | None = None
        self.led: tuple[int, int, int] | None = None
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    # ---- life cycle -------------------------------------------------------------------------------------
    async def start(self, port: int = 0) -> FakeConsole:
        cert, key = self_signed_certificate(self.folder, self.common_name)
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(cert, key)
        app = web.Application(middlewares=[self._auth], client_max_size=512 * 1024 * 1024)
        app.router.add_get("/", self.home)
        app.router.add_post("/login", self.login)
        app.router.add_get("/api/models", self.list_models)
        app.router.add_put("/api/uploadModels", self.upload)
        app.router.add_put("/api/start_stop", self.ok)
        app.router.add_put("/api/drive_mode", self.ok)
        app.router.add_put("/api/models/{folder}/model", self.load)
        app.router.add_get("/api/isModelLoading", self.is_loading)
        app.router.add_put("/api/deleteModels", self.delete)
        app.router.add_get("/api/get_battery_level", self.battery)
        app.router.add_get("/api/get_device_info", self.device_info)
        app.router.add_get("/api/get_sensor_status", self.sensors)
        app.router.add_post("/api/set_led_color", self.set_led)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port, ssl_context=ctx)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # ---- session rules ----------------------------------------------------------------------------------
    @web.middleware
    async def _auth(self, request: web.Request, handler: Any) -> web.StreamResponse:
        self.calls.append(f"{request.method} {request.path}")
        if request.path.startswith("/api/"):
            if request.cookies.get("deepracer_token") not in self.tokens:
                return web.Response(status=401, text="Unauthorized")
            if request.method in ("POST", "PUT") and not self._csrf_ok(request):
                return web.Response(status=400, text="CSRF token missing")
        return await handler(request)

    def _csrf_ok(self, request: web.Request) -> bool:
        session = request.cookies.get("session", "")
        return (
            bool(session)
            and request.headers.get("X-CSRFToken") == self.csrf.get(session)
            and bool(request.headers.get("Referer"))
        )

    async def home(self, request: web.Request) -> web.Response:
        session = request.cookies.get("session") or secrets.token_hex(8)
        token = self.csrf.setdefault(session, secrets.token_hex(16))
        page = (
            f'<html><head><meta name="csrf-token" content="{token}"><title>AWS DeepRacer</title>'
            "</head><body>login</body></html>"
        )
        resp = web.Response(text=page, content_type="text/html")
        resp.set_cookie("session", session)
        return resp

    async def login(self, request: web.Request) -> web.Response:
        if not self._csrf_ok(request):
            return web.Response(status=400, text="CSRF token missing")
        form = await request.post()
        if form.get("password") != self.password:
            return web.Response(text="failure")
        token = secrets.token_hex(16)
        if self.single_session:
            self.tokens.clear()
        self.tokens.add(token)
        resp = web.Response(text="success")
        resp.set_cookie("deepracer_token", token)
        return resp

    def take_session(self) -> None:
        """Another client logs in: on a stock car, ours is gone."""
        self.tokens.clear()
        self.tokens.add(secrets.token_hex(16))

    # ---- API ----------------------------------------------------------------------------------------------
    async def ok(self, request: web.Request) -> web.Response:
        return web.json_response({"success": True})

    def all_models(self) -> dict[str, list[str]]:
        models = dict(self.models)
        if self.models_dir is not None:
            for folder in self.models_dir.iterdir():
                if (folder / "checksum.txt").is_file():
                    models.setdefault(folder.name, ["FRONT_FACING_CAMERA"])
        return models

    async def list_models(self, request: web.Request) -> web.Response:
        return web.json_response(
            {
                "models": [
                    {"model_folder_name": name, "model_sensors": sensors, "is_select_disabled": False}
                    for name, sensors in sorted(self.all_models().items())
                ],
                "success": True,
            }
        )

    async def upload(self, request: web.Request) -> web.Response:
        reader = await request.multipart()
        part = await reader.next()
        if part is None or getattr(part, "name", None) != "file" or not part.filename.endswith(".tar.gz"):
            return web.json_response({"success": False, "message": "no .tar.gz file"})
        data = await part.read()
        folder = part.filename.split(".", 1)[0].replace(" ", "_")

        async def install() -> None:
            await asyncio.sleep(self.install_time)
            self.uploads[folder] = bytes(data)
            self.models[folder] = ["FRONT_FACING_CAMERA"]

        task = asyncio.ensure_future(install())
        self._tasks.add(task)
        try:
            await asyncio.wait_for(asyncio.shield(task), self.upload_wait)
        except TimeoutError:
            return web.json_response({"success": False, "message": "Model upload timed out"})
        return web.json_response({"success": True, "message": "Model uploaded"})

    async def load(self, request: web.Request) -> web.Response:
        folder = request.match_info["folder"]
        self.loading = "loading"

        async def finish() -> None:
            await asyncio.sleep(self.load_time)
            known = folder in self.all_models()
            self.loading = "loaded" if known else "error"
            self.loaded = folder if known else None

        task = asyncio.ensure_future(finish())
        self._tasks.add(task)
        return web.json_response({"success": True})

    async def is_loading(self, request: web.Request) -> web.Response:
        return web.json_response({"isModelLoading": self.loading, "success": True})

    async def delete(self, request: web.Request) -> web.Response:
        for name in (await request.json()).get("filenames", []):
            self.models.pop(name, None)
        return web.json_response({"success": True})

    async def battery(self, request: web.Request) -> web.Response:
        return web.json_response({"battery_level": 9, "success": True})

    async def device_info(self, request: web.Request) -> web.Response:
        return web.json_response({"hardware_version": "R2.1", "software_version": "2.1.2.7", "success": True})

    async def sensors(self, request: web.Request) -> web.Response:
        return web.json_response(
            {
                "camera_status": "connected",
                "stereo_status": "not_connected",
                "lidar_status": "not_connected",
                "success": True,
            }
        )

    async def set_led(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.led = (body["red"], body["green"], body["blue"])
        return web.json_response({"success": True})
