import pytest
pytestmark = pytest.mark.asyncio
import pytest_asyncio
from tests.channels import test_handoff_e2e as e
from tests.channels.handoff_support import EntryEngine
from tests.channels.engine_proxy import EngineProxy

@pytest_asyncio.fixture
async def proxy():
    eng = EntryEngine(); await eng.start()
    p = EngineProxy(eng.url); await p.start()
    yield p
    await p.stop(); await eng.stop()

forum = e.forum
gateway = e.gateway
for name in dir(e):
    if name.startswith("test_"):
        globals()[name] = getattr(e, name)
