"""The bearer token for a running Parallax stack with authentication on, for every script that calls the services.

PARALLAX_TOKEN from the environment, else the demo token ./parallax up writes to .parallax/token, else none (a stack
with authentication off, or a private instance a benchmark started itself).
"""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def auth_headers():
    """{"Authorization": "Bearer <token>"}, or {} when there is no token."""
    token = os.environ.get("PARALLAX_TOKEN")
    path = ROOT / ".parallax" / "token"
    if not token and path.exists():
        token = path.read_text().strip()
    return {"Authorization": "Bearer " + token} if token else {}
