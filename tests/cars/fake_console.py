"""A fake DeepRacer web console: HTTPS on 127.0.0.1 with a self-signed CN=deepracer.io certificate.

It behaves like the car's real console (aws-deepracer-webserver-pkg models.py and vehicle_control.py, the
systems package's model loader, ctrl_pkg's load state), read from their code, not from our notes:

- login: CSRF token from ``GET /``; a wrong password answers 200 "failure"; stock cars keep one session.
- upload (``PUT /api/uploadModels``): the server deletes the model's folder (``shutil.rmtree``), creates it
  again holding only the uploaded .tar.gz, and asks the model loader to install it, waiting at most
  ``upload_wait`` seconds (10 s on a car) before answering "Failed to upload & optimize the model" while the
  install goes on. The loader extracts the archive (``install_time``), refuses archives with no or several
  .pb files (it then removes the folder), deletes and re-creates the folder, copies ``model.pb`` and
  ``model_metadata.json`` and writes ``checksum.txt`` last. So a re-uploaded model is absent from
  ``/api/models`` for the whole install.
- ``/api/models`` lists every folder holding a ``*.pb`` with a readable metadata file (checksum or not);
  ``/api/uploaded_model_list`` lists every folder with its ``creation_time`` (the folder's mtime).
- load (``PUT /api/models/<folder>/<model>``): the checks run in the real order and a refusal answers
  ``{"success": false, "reason": …}`` with the real wording, before anything is loaded; the load status is
  then unchanged. An accepted load answers ``{"success": true}`` at once; the car's control node sets
  "loading" a moment later (``load_start_delay``: polling too early still sees the previous status), then
  "loaded" or "error" after ``load_time``. ``isModelLoading`` starts as "error" (nothing loaded since boot)
  and reads "error" in manual mode.
- device (webserver_pkg device_info_api.py): ``/api/get_battery_level`` answers ``{"battery_level": n,
  "success": true}`` with n 0..11 (-1 when the car does not know), and ``{"success": false, "reason":
  "Error"}`` when the battery service did not answer; ``/api/get_device_info`` gives the hardware and
  software (aws-deepracer-core) versions, or the same failure answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import shutil
import ssl
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

# The console's names for the sensors (constants.SENSOR_INPUT_NAME_MAPPING).
SENSOR_NAMES = {
    "observation": "Camera",
    "LIDAR": "LiDAR",
    "SECTOR_LIDAR": "LiDAR",
    "LEFT_CAMERA": "Left camera",
    "FRONT_FACING_CAMERA": "Front-facing camera",
    "STEREO_CAMERAS": "Stereo camera",
}
_LIDAR_KEYS = (
    "num_values",
    "min_angle",
    "max_angle",
    "min_distance",
    "max_distance",
    "clipping_distance",
    "num_sectors",
)


class Refused(Exception):
    """One of the load route's ``{"success": false, "reason": …}`` answers."""


@dataclass
class _Install:
    """The model loader's install of one model (``ModelInstallState``): done when ``task`` ends."""

    task: asyncio.Task[None] | None = None
    installed: bool = False


@dataclass
class _Auto:
    """ctrl_pkg's autonomous state: its load status and what it last loaded."""

    status: str = "error"
    loaded: str | None = None
    latest: int = -1
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


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
        install_time: float = 0.3,
        load_time: float = 0.2,
        load_start_delay: float = 0.05,
        verify_wait: float = 10.0,
        common_name: str = "deepracer.io",
        models_dir: Path | None = None,
        lidar: bool = False,
        stereo: bool = False,
        camera: bool = True,
        host: str = "127.0.0.1",
    ) -> None:
        self.folder = folder
        self.host = host
        self.password = password
        self.single_session = single_session
        self.upload_wait = upload_wait
        self.install_time = install_time
        self.load_time = load_time
        self.load_start_delay = load_start_delay
        self.verify_wait = verify_wait
        self.common_name = common_name
        # The car's /opt/aws/deepracer/artifacts: a fake SSH car's folder when given, so both paths meet.
        self.artifacts = models_dir if models_dir is not None else folder / "artifacts"
        self.connected = {"camera": camera, "stereo": stereo, "lidar": lidar}
        self.sensor_service_ok = True
        self.load_fails: set[str] = set()  # models the control node fails to load after accepting them
        self.drive_mode = "manual"
        self.uploads: dict[str, bytes] = {}
        self.calls: list[str] = []
        self.load_answers: list[dict[str, Any]] = []
        self.tokens: set[str] = set()
        self.csrf: dict[str, str] = {}
        self.led: tuple[int, int, int] | None = None
        self.battery_level: int | None = 9  # None: the battery service does not answer
        self.software_version: str | None = "2.1.2.7"  # None: the device info service does not answer
        self.port = 0
        self._auto = _Auto()
        self._installs: dict[str, _Install] = {}
        self._install_lock = asyncio.Lock()
        self._runner: web.AppRunner | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._seq = 0

    # ---- what a test reads ------------------------------------------------------------------------------
    @property
    def loaded(self) -> str | None:
        """The model the car is really driving with (the stock API never says it)."""
        return self._auto.loaded

    @property
    def loading(self) -> str:
        return self._auto.status

    @property
    def models(self) -> dict[str, list[str]]:
        """What ``/api/models`` lists: folder → the model's sensor keys."""
        return {name: sensors for name, sensors, _disabled in self._listed()}

    def installed_md5(self, folder: str) -> str | None:
        pb = self.artifacts / folder / "model.pb"
        return hashlib.md5(pb.read_bytes()).hexdigest() if pb.is_file() else None

    # ---- life cycle -------------------------------------------------------------------------------------
    async def start(self, port: int = 0) -> FakeConsole:
        self.artifacts.mkdir(parents=True, exist_ok=True)
        cert, key = self_signed_certificate(self.folder, self.common_name)
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(cert, key)
        app = web.Application(middlewares=[self._auth], client_max_size=512 * 1024 * 1024)
        app.router.add_get("/", self.home)
        app.router.add_post("/login", self.login)
        app.router.add_get("/api/models", self.list_models)
        app.router.add_get("/api/uploaded_model_list", self.uploaded_model_list)
        app.router.add_put("/api/uploadModels", self.upload)
        app.router.add_put("/api/start_stop", self.start_stop)
        app.router.add_put("/api/drive_mode", self.set_drive_mode)
        app.router.add_put("/api/models/{folder}/{model}", self.load)
        app.router.add_get("/api/isModelLoading", self.is_loading)
        app.router.add_put("/api/deleteModels", self.delete)
        app.router.add_get("/api/get_battery_level", self.battery)
        app.router.add_get("/api/get_device_info", self.device_info)
        app.router.add_get("/api/get_sensor_status", self.sensors)
        app.router.add_post("/api/set_led_color", self.set_led)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, port, ssl_context=ctx)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

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

    # ---- vehicle control --------------------------------------------------------------------------------
    async def start_stop(self, request: web.Request) -> web.Response:
        if (await request.json()).get("start_stop") is None:
            return web.json_response({"success": False, "reason": "start_stop must be set."})
        return web.json_response({"success": True})

    async def set_drive_mode(self, request: web.Request) -> web.Response:
        mode = (await request.json()).get("drive_mode")
        if mode is None:
            return web.json_response({"success": False, "reason": "drive_mode must be set."})
        self.drive_mode = "manual" if mode == "manual" else "auto"
        return web.json_response({"success": True})

    # ---- model listings ---------------------------------------------------------------------------------
    def _metadata(self, folder: str) -> dict[str, Any] | None:
        try:
            data = json.loads((self.artifacts / folder / "model_metadata.json").read_text())
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def _listed(self) -> list[tuple[str, list[str], bool]]:
        """``api_list_models``: every folder with a .pb and readable metadata; disabled ones last."""
        enabled: list[tuple[str, list[str], bool]] = []
        disabled: list[tuple[str, list[str], bool]] = []
        for root, _dirs, files in os.walk(self.artifacts):
            name = os.path.basename(root)
            if not name or root == str(self.artifacts) or not any(f.endswith(".pb") for f in files):
                continue
            data = self._metadata(name)
            if data is None:
                continue
            sensors = list(set(data.get("sensor", ["observation"])))
            if not all(s in SENSOR_NAMES for s in sensors):
                continue
            off = bool(self._missing_sensors(sensors))
            (disabled if off else enabled).append((name, sensors, off))
        return enabled + disabled

    async def list_models(self, request: web.Request) -> web.Response:
        return web.json_response(
            {
                "models": [
                    {
                        "model_name": "model",
                        "model_folder_name": name,
                        "model_sensors": [SENSOR_NAMES[s] for s in sensors],
                        "is_select_disabled": off,
                    }
                    for name, sensors, off in self._listed()
                ],
                "sensor_status": self._sensor_status(),
            }
        )

    async def uploaded_model_list(self, request: web.Request) -> web.Response:
        """Every entry of the artifacts folder with its mtime; a folder vanishing mid-listing is a 500."""
        entries = []
        for name in os.listdir(self.artifacts):
            path = self.artifacts / name
            try:
                entries.append(
                    {"name": name, "creation_time": os.path.getmtime(path), "status": "Ready", "size": "1M"}
                )
            except OSError:
                return web.Response(status=500, text="Internal Server Error")
        return web.json_response(entries)

    # ---- upload and install -----------------------------------------------------------------------------
    async def upload(self, request: web.Request) -> web.Response:
        reader = await request.multipart()
        part = await reader.next()
        if part is None or getattr(part, "name", None) != "file":
            return web.Response(status=400, text="Bad Request")
        file_name = part.filename or ""
        data = bytes(await part.read())
        if not file_name.endswith(".tar.gz"):
            return web.json_response(
                {"success": False, "message": "Failed to upload the model. Not a .tar.gz file"}
            )
        dir_path = self.artifacts / file_name[:-7]
        shutil.rmtree(dir_path, ignore_errors=True)  # delete, then install: the folder goes away now
        dir_path.mkdir(parents=True)
        secured = re.sub(r"[^A-Za-z0-9_.-]", "", file_name.replace(" ", "_"))
        (dir_path / secured).write_bytes(data)
        self.uploads[file_name[:-7]] = data
        action = self._spawn(self._console_model_action(dir_path))
        try:
            status = await asyncio.wait_for(asyncio.shield(action), self.upload_wait)
        except TimeoutError:
            status = None  # call_service_sync gave up; the loader goes on
        if status == "done-upload":
            return web.json_response(
                {"success": True, "message": "Model uploaded successfully to your vehicle"}
            )
        return web.json_response({"success": False, "message": "Failed to upload & optimize the model"})

    async def _console_model_action(self, dir_path: Path) -> str:
        """The systems package's ``console_model_action`` (upload): transfer, install, wait for it."""
        async with self._install_lock:  # waits for the installs still running
            self._installs = {}
            for archive in sorted(dir_path.glob("*.tar.gz")):
                name = archive.name.split(".", 1)[0].replace(" ", "_")
                install = _Install()
                install.task = self._spawn(self._install(archive, name, install))
                self._installs[name] = install
            for install in list(self._installs.values()):
                assert install.task is not None
                with contextlib.suppress(Exception):
                    await asyncio.shield(install.task)
        return "done-upload"

    async def _install(self, archive: Path, name: str, install: _Install) -> None:
        await asyncio.sleep(self.install_time)  # extraction into a temporary folder takes this long
        target = self.artifacts / name
        try:
            with tempfile.TemporaryDirectory() as temp:
                with tarfile.open(archive) as tar:
                    tar.extractall(temp, filter="data")
                pbs = [Path(r) / f for r, _d, fs in os.walk(temp) for f in fs if f.endswith(".pb")]
                if len(pbs) != 1:
                    return  # "no models found" / "more than one model": ignored, the folder stays as it is
                checksum = hashlib.md5(pbs[0].read_bytes()).hexdigest()
                old = target / "checksum.txt"
                if old.is_file() and old.read_text().strip() == checksum:
                    return  # "model already installed, ignoring"
                shutil.rmtree(target, ignore_errors=True)
                target.mkdir(parents=True)
                shutil.copy(pbs[0], target / "model.pb")
                metadata = Path(temp) / "model_metadata.json"
                if metadata.is_file():
                    shutil.copy(metadata, target)
                (target / "checksum.txt").write_text(checksum + "\n")
            install.installed = True
        except (OSError, tarfile.TarError):
            shutil.rmtree(target, ignore_errors=True)

    async def delete(self, request: web.Request) -> web.Response:
        ok = True
        for name in (await request.json()).get("filenames", []):
            path = self.artifacts / name
            if path.is_dir():
                shutil.rmtree(path)
            else:
                ok = False
        if ok:
            return web.json_response(
                {"success": True, "message": "Models deleted successfully from your vehicle"}
            )
        return web.json_response({"success": False, "message": "Failed to delete the selected models"})

    # ---- load -------------------------------------------------------------------------------------------
    async def _verify_model_ready(self, folder: str) -> bool:
        """``verify_model_ready``: waits for an install in progress, else needs a non-empty checksum.txt."""
        install = self._installs.get(folder)
        if install is not None and install.task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(install.task), self.verify_wait)
            except TimeoutError:
                return False  # the web server's service call timed out
            return install.installed
        checksum = self.artifacts / folder / "checksum.txt"
        return checksum.is_file() and checksum.read_text().strip() != ""

    def _sensor_status(self) -> dict[str, str]:
        if not self.sensor_service_ok:
            return {"camera_status": "error", "stereo_status": "error", "lidar_status": "error"}
        return {
            f"{k}_status": "connected" if v else "not_connected"
            for k, v in (
                ("camera", self.connected["camera"]),
                ("stereo", self.connected["stereo"]),
                ("lidar", self.connected["lidar"]),
            )
        }

    def _missing_sensors(self, sensors: list[str]) -> list[str]:
        missing = []
        if {"SECTOR_LIDAR", "LIDAR"} & set(sensors) and not self.connected["lidar"]:
            missing.append(SENSOR_NAMES["LIDAR"])
        if "STEREO_CAMERAS" in sensors and not self.connected["stereo"]:
            missing.append(SENSOR_NAMES["STEREO_CAMERAS"])
        if {"FRONT_FACING_CAMERA", "observation", "LEFT_CAMERA"} & set(sensors) and not self.connected[
            "camera"
        ]:
            missing.append(SENSOR_NAMES["FRONT_FACING_CAMERA"])
        return missing

    async def _check_load(self, folder: str) -> None:
        """``api_load_model``'s checks, in its order and with its words."""
        if not await self._verify_model_ready(folder):
            raise Refused("Model optimization failed!")
        if not (self.artifacts / folder / "model_metadata.json").is_file():
            raise Refused("No model_metadata_file for the model selected")
        data = self._metadata(folder)
        if data is None:
            raise Refused("Error while reading model_metadata.json")
        try:
            sensors = list(set(data["sensor"])) if "sensor" in data else ["observation"]
        except TypeError as exc:
            raise Refused("Error while getting sensor names from model_metadata.json") from exc
        if not all(s in SENSOR_NAMES for s in sensors):
            raise Refused("The sensor configurations of your vehicle and trained model must match")
        if data.get("training_algorithm", "clipped_ppo") not in ("clipped_ppo", "sac"):
            raise Refused("The training algorithm value is incorrect")
        space_type = data.get("action_space_type", "discrete")
        if space_type not in ("discrete", "continuous"):
            raise Refused("The action space type value is incorrect")
        if "action_space" not in data:
            raise Refused("No action space value found in model_metadata.json")
        try:
            valid = _valid_action_space(data["action_space"], space_type)
        except Exception as exc:  # the route's catch-all
            raise Refused("Unable to reach model state server") from exc
        if not valid:
            raise Refused("Incorrect values in model_metadata.json")
        if not self.sensor_service_ok:
            raise Refused("Error getting sensor status")
        missing = self._missing_sensors(sensors)
        if missing:
            raise Refused(
                f"Check the connections for the {', '.join(missing)} "
                f"{'sensors' if len(missing) > 1 else 'sensor'}"
            )
        if {"LIDAR", "SECTOR_LIDAR"} & set(sensors) and "lidar_config" in data:
            config = data["lidar_config"]
            if not isinstance(config, dict) or not all(k in config for k in _LIDAR_KEYS):
                raise Refused("Unable to connect to vehicle with current LiDAR configuration")

    async def load(self, request: web.Request) -> web.Response:
        folder = request.match_info["folder"]
        try:
            await self._check_load(folder)
        except Refused as refusal:
            answer: dict[str, Any] = {"success": False, "reason": str(refusal)}
        else:
            self._seq += 1
            if self.drive_mode == "auto":
                self._spawn(self._load_in_background(self._seq, folder))
            answer = {"success": True}
        self.load_answers.append(answer)
        return web.json_response(answer)

    async def _load_in_background(self, seq: int, folder: str) -> None:
        """ctrl_pkg's ``loadModelReq`` on a detached thread: it starts a moment after the answer."""
        auto = self._auto
        await asyncio.sleep(self.load_start_delay)
        auto.latest = seq
        async with auto.lock:
            auto.status = "loading"
            await asyncio.sleep(self.load_time)  # optimizer, inference node, action space
            if auto.latest > seq:
                return  # a newer load request waits: this one gives up, the status stays "loading"
            if folder in self.load_fails:
                auto.status, auto.loaded = "error", None
            else:
                auto.status, auto.loaded = "loaded", folder

    async def is_loading(self, request: web.Request) -> web.Response:
        status = self._auto.status if self.drive_mode == "auto" else "error"
        return web.json_response({"success": True, "isModelLoading": status})

    # ---- device -----------------------------------------------------------------------------------------
    async def battery(self, request: web.Request) -> web.Response:
        if self.battery_level is None:
            return web.json_response({"success": False, "reason": "Error"})
        return web.json_response({"battery_level": self.battery_level, "success": True})

    async def device_info(self, request: web.Request) -> web.Response:
        if self.software_version is None:
            return web.json_response({"reason": "Error", "success": False})
        return web.json_response(
            {"hardware_version": "R2.1", "software_version": self.software_version, "success": True}
        )

    async def sensors(self, request: web.Request) -> web.Response:
        return web.json_response({**self._sensor_status(), "success": True})

    async def set_led(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.led = (body["red"], body["green"], body["blue"])
        return web.json_response({"success": True})


def _valid_action_space(action_space: Any, space_type: str) -> bool:
    """``validate_action_space`` (a wrong shape raises, as on the car)."""
    if space_type == "discrete":
        return all("steering_angle" in a and "speed" in a for a in action_space)
    if "steering_angle" not in action_space or "speed" not in action_space:
        return False
    steer, speed = action_space["steering_angle"], action_space["speed"]
    return all(k in d for d in (steer, speed) for k in ("high", "low")) and (
        steer["high"] > steer["low"] and speed["high"] > speed["low"]
    )
