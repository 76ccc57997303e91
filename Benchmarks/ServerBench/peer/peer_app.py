"""FastAPI peer for server-bench: GET /api/v1/incidents/{id} from alpha-sre's own SQLite file.

The seeds describe a FastAPI backend; this is the minimal honest version of the same read: a bearer token checked
against api_tokens.secret_hash (SHA-256 hex, cached 5 s like alpha-sre's token_cache_seconds), the tenant-scoped
incident row and its stored report JSON, answered as {"incident": {...}, "report": {...}} without re-encoding the
report. Run by scripts/bench-server (uvicorn, 2 workers); PEER_DATABASE names the SQLite file.
"""

import hashlib
import json
import os
import sqlite3
import threading
import time
from datetime import datetime, timezone

from fastapi import FastAPI, Header, HTTPException
from fastapi.responses import Response

DATABASE = os.environ["PEER_DATABASE"]
TOKEN_TTL_SECONDS = 5.0

app = FastAPI()
_local = threading.local()
_tokens: dict[str, tuple[float, str | None]] = {}


def _connection() -> sqlite3.Connection:
    connection = getattr(_local, "connection", None)
    if connection is None:
        connection = sqlite3.connect(f"file:{DATABASE}?mode=ro", uri=True, check_same_thread=False)
        _local.connection = connection
    return connection


def _tenant_of(authorization: str | None) -> str:
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="missing bearer token")
    secret = authorization[len("Bearer "):]
    now = time.monotonic()
    cached = _tokens.get(secret)
    if cached is None or cached[0] < now:
        digest = hashlib.sha256(secret.encode()).hexdigest()
        row = _connection().execute(
            "SELECT tenant_id FROM api_tokens WHERE secret_hash = ? AND revoked_at IS NULL", (digest,)
        ).fetchone()
        cached = (now + TOKEN_TTL_SECONDS, row[0] if row else None)
        _tokens[secret] = cached
    if cached[1] is None:
        raise HTTPException(status_code=401, detail="unknown token")
    return cached[1]


def _time(microseconds: int) -> str:
    moment = datetime.fromtimestamp(microseconds / 1_000_000, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@app.get("/api/v1/incidents/{incident_id}")
def show(incident_id: str, authorization: str | None = Header(default=None)) -> Response:
    tenant = _tenant_of(authorization)
    connection = _connection()
    row = connection.execute(
        "SELECT id, service, status, created_at, updated_at FROM incidents WHERE tenant_id = ? AND id = ?",
        (tenant, incident_id),
    ).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="incident not found")
    report = connection.execute(
        "SELECT report_json FROM analyses WHERE tenant_id = ? AND incident_id = ?", (tenant, incident_id)
    ).fetchone()
    incident = json.dumps(
        {"id": row[0], "service": row[1], "status": row[2], "created_at": _time(row[3]), "updated_at": _time(row[4])},
        separators=(",", ":"),
    ).encode()
    body = b'{"incident":' + incident + b',"report":' + (bytes(report[0]) if report else b"null") + b"}"
    return Response(content=body, media_type="application/json")
