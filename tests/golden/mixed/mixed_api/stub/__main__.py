"""``python -m mixed_api.stub [--host 127.0.0.1] [--port 8000] [--seed N]``."""

from .._runtime.stub_server import main
from . import AmpecoStub

if __name__ == "__main__":
    raise SystemExit(main(AmpecoStub, prog="python -m mixed_api.stub"))
