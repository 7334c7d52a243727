"""``python -m mixed_api.stub [--host 127.0.0.1] [--port 8000] [--seed N]``."""

from .._runtime.stub_server import main
from . import MixedApiStub

if __name__ == "__main__":
    raise SystemExit(main(MixedApiStub, prog="python -m mixed_api.stub"))
