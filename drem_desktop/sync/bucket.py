"""One S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, Ceph) as the meeting point of laptops.

Blocking boto3 calls: run them in the service loop's executor, never on the UI or timing threads. Every
failure is raised as ``BucketError`` with what happened and what to do, and a kind the sync service uses
to decide how soon to try again (docs/sync.md, section 6).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import botocore.exceptions
from botocore.config import Config

from drem_desktop.i18n import _
from drem_desktop.sync.config import BucketSettings, Credentials
from drem_desktop.sync.errors import BucketError, TransferCancelled

__all__ = ["Bucket", "BucketError", "BucketSettings", "Credentials", "TransferCancelled"]

log = logging.getLogger(__name__)

PART_SIZE = 8 * 1024 * 1024
DOWNLOAD_CHUNK = 4 * 1024 * 1024
MAX_SEGMENT_DOWNLOAD = 80 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Listed:
    key: str
    etag: str
    size: int


def _explain(exc: Exception, settings: BucketSettings) -> BucketError:
    where = settings.endpoint_url or "AWS S3"
    if isinstance(exc, BucketError):
        return exc
    if isinstance(exc, botocore.exceptions.NoCredentialsError | botocore.exceptions.PartialCredentialsError):
        return BucketError(
            "auth",
            _(
                "No bucket credentials: save them in Settings → Sync, "
                "or set up an AWS profile or AWS_* variables."
            ),
        )
    if isinstance(exc, botocore.exceptions.ClientError):
        err = exc.response.get("Error", {})
        code = str(err.get("Code", ""))
        status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
        if code in ("NoSuchBucket",) or (status == 404 and code in ("404", "NotFound", "")):
            return BucketError(
                "missing",
                _(
                    "Bucket “{bucket}” does not exist at {where}: "
                    "create it, or correct the name in Settings → Sync."
                ).format(bucket=settings.bucket, where=where),
            )
        if code in (
            "InvalidAccessKeyId",
            "SignatureDoesNotMatch",
            "AccessDenied",
            "InvalidToken",
            "ExpiredToken",
            "AuthorizationHeaderMalformed",
        ) or status in (401, 403):
            return BucketError(
                "auth",
                _(
                    "The bucket refused these credentials ({code}): "
                    "check the access key and secret in Settings → Sync."
                ).format(code=code or status),
            )
        if code in ("SlowDown", "Throttling", "RequestLimitExceeded", "TooManyRequests") or status in (
            429,
            503,
        ):
            return BucketError(
                "throttled",
                _("The bucket asks to slow down ({code}); sync tries again shortly.").format(
                    code=code or status
                ),
            )
        if status >= 500:
            return BucketError(
                "server",
                _("The bucket endpoint had an error ({code}); sync tries again shortly.").format(
                    code=code or status
                ),
            )
        return BucketError(
            "refused",
            _("The bucket refused the request: {code} {message}").format(
                code=code, message=err.get("Message", "")
            ),
        )
    if isinstance(
        exc,
        botocore.exceptions.EndpointConnectionError
        | botocore.exceptions.ConnectionClosedError
        | botocore.exceptions.ReadTimeoutError
        | botocore.exceptions.ConnectTimeoutError
        | botocore.exceptions.ProxyConnectionError
        | botocore.exceptions.ResponseStreamingError
        | botocore.exceptions.IncompleteReadError
        | ConnectionError
        | TimeoutError,
    ):
        return BucketError(
            "offline",
            _(
                "Cannot reach the bucket at {where}: this laptop is offline or the endpoint is wrong. "
                "Changes wait here and go as soon as it answers."
            ).format(where=where),
        )
    if isinstance(exc, botocore.exceptions.BotoCoreError):
        return BucketError("offline", _("The bucket connection failed: {error}").format(error=exc))
    raise exc


def _b64_md5(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data).digest()).decode()


def multipart_etag(part_md5s: list[bytes]) -> str:
    """The ETag S3 gives a multipart object: the MD5 of the parts' MD5s, and the number of parts."""
    return f"{hashlib.md5(b''.join(part_md5s)).hexdigest()}-{len(part_md5s)}"


class Bucket:
    """Thread-safe enough for the executor: one boto3 client, which botocore allows across threads."""

    def __init__(
        self,
        settings: BucketSettings,
        credentials: Credentials | None = None,
        stopped: Callable[[], bool] | None = None,
    ) -> None:
        """``stopped``: the app is closing; a run left behind makes no further request (it is retried
        from the change log at the next start)."""
        self.settings = settings
        self._stopped = stopped or (lambda: False)
        session = boto3.session.Session(profile_name=settings.profile or None)
        config = Config(
            region_name=settings.region or None,
            retries={"max_attempts": 3, "mode": "standard"},
            connect_timeout=5,
            read_timeout=30,
            s3={"addressing_style": "path"} if settings.endpoint_url else {},
            # Checksums only where S3 requires them: other S3-compatible servers may not know the new ones.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        )
        self._client = session.client(
            "s3",
            endpoint_url=settings.endpoint_url or None,
            region_name=settings.region or None,
            aws_access_key_id=credentials.access_key_id if credentials else None,
            aws_secret_access_key=credentials.secret_access_key if credentials else None,
            aws_session_token=credentials.session_token if credentials else None,
            config=config,
        )
        self._lock = threading.Lock()

    def _call(self, name: str, **kwargs: Any) -> Any:
        if self._stopped():
            raise TransferCancelled()
        try:
            return getattr(self._client, name)(Bucket=self.settings.bucket, **kwargs)
        except Exception as exc:
            raise _explain(exc, self.settings) from exc

    # -- plain objects ----------------------------------------------------------------------------
    def check(self) -> str:
        """*Test connection*: the bucket exists and these credentials may list, write and read it."""
        self._call("head_bucket")
        probe = self.settings.key(".drem-desktop-probe")
        self.put(probe, b"ok")
        if self.get(probe) != b"ok":
            raise BucketError("refused", _("The bucket did not give back what was written to it."))
        self._call("delete_object", Key=probe)
        return _("Connected to {url}: this laptop can read and write there.").format(url=self.settings.url)

    def list(
        self, prefix: str, *, start_after: str = "", delimiter: str = ""
    ) -> tuple[list[Listed], list[str]]:
        """Objects and (with a delimiter) sub-folders under ``prefix``, every page."""
        objects: list[Listed] = []
        folders: list[str] = []
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"Prefix": prefix, "MaxKeys": 1000}
            if start_after:
                kwargs["StartAfter"] = start_after
            if delimiter:
                kwargs["Delimiter"] = delimiter
            if token:
                kwargs["ContinuationToken"] = token
            page = self._call("list_objects_v2", **kwargs)
            objects.extend(
                Listed(o["Key"], str(o.get("ETag", "")).strip('"'), int(o.get("Size", 0)))
                for o in page.get("Contents", [])
            )
            folders.extend(p["Prefix"] for p in page.get("CommonPrefixes", []))
            if not page.get("IsTruncated"):
                return objects, folders
            token = page.get("NextContinuationToken")

    def put(self, key: str, body: bytes, *, metadata: dict[str, str] | None = None) -> str:
        """Writes a small object and checks the stored copy is these bytes (its ETag is their MD5)."""
        answer = self._call(
            "put_object", Key=key, Body=body, ContentMD5=_b64_md5(body), Metadata=metadata or {}
        )
        etag = str(answer.get("ETag", "")).strip('"')
        if etag and etag != hashlib.md5(body).hexdigest():
            raise BucketError(
                "server",
                _(
                    "The bucket stored {key} damaged (checksum differs); it is written again next time."
                ).format(key=key),
            )
        return etag

    def get(self, key: str, *, limit: int = MAX_SEGMENT_DOWNLOAD) -> bytes:
        answer = self._call("get_object", Key=key)
        size = int(answer.get("ContentLength", 0) or 0)
        if size > limit:
            answer["Body"].close()
            raise BucketError(
                "refused",
                _("{key} is {mb} MiB, larger than a segment can be.").format(key=key, mb=size >> 20),
            )
        try:
            data = bytes(answer["Body"].read(limit + 1))
        except Exception as exc:
            raise _explain(exc, self.settings) from exc
        if len(data) != size:
            raise BucketError(
                "offline", _("{key} arrived incomplete; it is fetched again next time.").format(key=key)
            )
        return data

    def head(self, key: str) -> dict[str, Any] | None:
        if self._stopped():
            raise TransferCancelled()
        try:
            return dict(self._client.head_object(Bucket=self.settings.bucket, Key=key))
        except botocore.exceptions.ClientError as exc:
            if int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0) == 404:
                return None
            raise _explain(exc, self.settings) from exc
        except Exception as exc:
            raise _explain(exc, self.settings) from exc

    # -- large files (models): multipart up, ranged down, both resumable ---------------------------
    def upload_file(
        self,
        key: str,
        path: Path,
        state_file: Path,
        *,
        metadata: dict[str, str],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        """Multipart upload in 8 MiB parts; an interrupted one resumes from ``state_file``.

        Each part is sent with its MD5 and the finished object's ETag is checked against the parts'.
        """
        size = path.stat().st_size
        state = self._upload_state(key, path, state_file, size, metadata)
        upload_id = state["upload_id"]
        parts: list[dict[str, Any]] = state["parts"]
        digests: list[bytes] = [bytes.fromhex(p["md5"]) for p in parts]
        done = sum(p["size"] for p in parts)
        if progress:
            progress(done, size)
        with path.open("rb") as f:
            f.seek(done)
            number = len(parts) + 1
            while done < size or number == 1:
                if cancelled and cancelled():
                    raise TransferCancelled()
                chunk = f.read(PART_SIZE)
                digest = hashlib.md5(chunk)
                answer = self._call(
                    "upload_part",
                    Key=key,
                    UploadId=upload_id,
                    PartNumber=number,
                    Body=chunk,
                    ContentMD5=base64.b64encode(digest.digest()).decode(),
                )
                etag = str(answer.get("ETag", "")).strip('"')
                if etag and etag != digest.hexdigest():
                    raise BucketError(
                        "server",
                        _("Part {n} of {key} arrived damaged; it is sent again.").format(n=number, key=key),
                    )
                parts.append(
                    {
                        "PartNumber": number,
                        "ETag": etag or digest.hexdigest(),
                        "md5": digest.hexdigest(),
                        "size": len(chunk),
                    }
                )
                digests.append(digest.digest())
                done += len(chunk)
                _write_state(state_file, state)
                if progress:
                    progress(done, size)
                number += 1
                if not chunk:
                    break
        answer = self._call(
            "complete_multipart_upload",
            Key=key,
            UploadId=upload_id,
            MultipartUpload={"Parts": [{"PartNumber": p["PartNumber"], "ETag": p["ETag"]} for p in parts]},
        )
        state_file.unlink(missing_ok=True)
        etag = str(answer.get("ETag", "")).strip('"')
        if etag and etag != multipart_etag(digests):
            raise BucketError(
                "server", _("The bucket assembled {key} differently from what was sent.").format(key=key)
            )

    def _upload_state(
        self, key: str, path: Path, state_file: Path, size: int, metadata: dict[str, str]
    ) -> dict[str, Any]:
        stamp = {"key": key, "size": size, "mtime_ns": path.stat().st_mtime_ns}
        if state_file.is_file():
            try:
                state = json.loads(state_file.read_text())
                if all(state.get(k) == v for k, v in stamp.items()):
                    listed = self._call("list_parts", Key=key, UploadId=state["upload_id"])
                    have = {int(p["PartNumber"]): str(p["ETag"]).strip('"') for p in listed.get("Parts", [])}
                    kept = []
                    for part in state["parts"]:
                        if have.get(part["PartNumber"]) != part["ETag"]:
                            break
                        kept.append(part)
                    state["parts"] = kept
                    return dict(state)
            except (BucketError, ValueError, KeyError, OSError):
                log.info("upload of %s starts again", key)
        answer = self._call("create_multipart_upload", Key=key, Metadata=metadata)
        state = {**stamp, "upload_id": answer["UploadId"], "parts": []}
        _write_state(state_file, state)
        return state

    def download_file(
        self,
        key: str,
        target: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> dict[str, str]:
        """Ranged download into ``target`` (a ``.part`` file kept between tries); returns the metadata.

        A partial file is continued only while the object is the same (If-Match on its ETag).
        """
        head = self.head(key)
        if head is None:
            raise BucketError("missing", _("{key} is not in the bucket.").format(key=key))
        size = int(head.get("ContentLength", 0))
        etag = str(head.get("ETag", "")).strip('"')
        marker = target.with_name(target.name + ".etag")
        if target.exists() and (
            not marker.is_file() or marker.read_text() != etag or target.stat().st_size > size
        ):
            target.unlink()
        target.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(etag)
        with target.open("ab") as out:
            done = out.tell()
            if progress:
                progress(done, size)
            while done < size:
                if cancelled and cancelled():
                    raise TransferCancelled()
                end = min(size, done + DOWNLOAD_CHUNK) - 1
                answer = self._call("get_object", Key=key, Range=f"bytes={done}-{end}", IfMatch=f'"{etag}"')
                try:
                    data = answer["Body"].read()
                except Exception as exc:
                    raise _explain(exc, self.settings) from exc
                if len(data) != end - done + 1:
                    raise BucketError(
                        "offline",
                        _("{key} arrived incomplete; the download resumes next time.").format(key=key),
                    )
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
                done += len(data)
                if progress:
                    progress(done, size)
        marker.unlink(missing_ok=True)
        return {str(k).lower(): str(v) for k, v in dict(head.get("Metadata", {})).items()}


def _write_state(path: Path, state: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state))
    os.replace(tmp, path)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
