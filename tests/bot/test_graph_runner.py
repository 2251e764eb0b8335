"""The sequential graph runner gives what Rasa's dask runner gives, on the fast model's real graph."""

import copy

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.message import Message

from bot.graph_runner import SequentialGraphRunner


@pytest.fixture(scope="module")
def runners(fast_model, tmp_path_factory):
    storage_dir = tmp_path_factory.mktemp("storage")
    _, metadata = LocalModelStorage.from_model_archive(storage_dir, fast_model)
    made = {}
    for cls in (DaskGraphRunner, SequentialGraphRunner):
        from rasa.engine.graph import ExecutionContext

        context = ExecutionContext(metadata.predict_schema, metadata.model_id)
        made[cls] = (cls.create(metadata.predict_schema, LocalModelStorage(storage_dir), context), metadata)
    return made


def _parse(runner, metadata, text):
    tracker = DialogueStateTracker.from_events("s", [])
    results = runner.run(inputs={"__message__": [UserMessage(text)], "__tracker__": tracker}, targets=[metadata.nlu_target])
    message: Message = results[metadata.nlu_target][0]
    return message.as_dict(only_output_properties=True)


@pytest.mark.parametrize("text", ["how do I get a work permit", "привет", "нужна ли виза гражданам Индии", "Բարև", "/menu", ""])
def test_nlu_target_matches_dask(runners, text):
    dask, metadata = runners[DaskGraphRunner]
    sequential, _ = runners[SequentialGraphRunner]
    assert _parse(sequential, metadata, text) == _parse(dask, metadata, text)


def test_policy_target_matches_dask(runners):
    from rasa.shared.core.events import ActionExecuted, UserUttered

    dask, metadata = runners[DaskGraphRunner]
    sequential, _ = runners[SequentialGraphRunner]
    tracker = DialogueStateTracker.from_events(
        "s", [ActionExecuted("action_listen"), UserUttered("hello", {"name": "greet", "confidence": 1.0})]
    )
    expected = dask.run(inputs={"__tracker__": copy.deepcopy(tracker)}, targets=[metadata.core_target])
    got = sequential.run(inputs={"__tracker__": copy.deepcopy(tracker)}, targets=[metadata.core_target])
    assert list(got) == list(expected) == [metadata.core_target]
    assert got[metadata.core_target].max_confidence_index == expected[metadata.core_target].max_confidence_index
    assert got[metadata.core_target].probabilities == expected[metadata.core_target].probabilities
