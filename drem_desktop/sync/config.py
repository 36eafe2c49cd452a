"""Where a laptop's bucket is, and the credentials for it (light: no network library)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import urlparse

from drem_desktop.i18n import _


@dataclass(frozen=True, slots=True)
class BucketSettings:
    bucket: str
    prefix: str = ""
    region: str = ""
    endpoint_url: str = ""
    profile: str = ""  # a named AWS profile; empty: the standard chain

    @classmethod
    def from_url(cls, url: str, **fields: str) -> BucketSettings:
        """``s3://BUCKET/PREFIX``."""
        parsed = urlparse(url)
        if parsed.scheme != "s3" or not parsed.netloc:
            raise ValueError(
                _("“{url}” is not a bucket: write it s3://BUCKET or s3://BUCKET/PREFIX.").format(url=url)
            )
        return cls(bucket=parsed.netloc, prefix=parsed.path.strip("/"), **fields)

    @property
    def url(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}".rstrip("/")

    def key(self, *parts: str) -> str:
        return "/".join(p.strip("/") for p in (self.prefix, *parts) if p.strip("/"))

    def with_changes(self, **changes: str) -> BucketSettings:
        return replace(self, **changes)

    def to_json(self) -> dict[str, str]:
        return {
            "bucket": self.bucket,
            "prefix": self.prefix,
            "region": self.region,
            "endpoint_url": self.endpoint_url,
            "profile": self.profile,
        }


@dataclass(frozen=True)
class Credentials:
    access_key_id: str
    secret_access_key: str = field(repr=False)
    session_token: str | None = field(default=None, repr=False)
