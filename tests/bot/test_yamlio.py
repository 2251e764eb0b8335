"""Strict YAML reading."""

import pytest

from bot.errors import YamlError
from bot.yamlio import load_text


def test_lines_are_kept():
    data = load_text("a: 1\nb:\n  - x\n  - y\n", "f.yml")
    assert data.key_lines == {"a": 1, "b": 2}
    assert data["b"].item_lines == [3, 4]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a: 1\na: 2\n", 2, "duplicate key 'a'"),
        ("base: &b {x: 1}\nother: *b\n", 1, "anchors and aliases"),
        ("a: [1, 2\nb: 3\n", 2, "invalid YAML"),
        ("x: {y: 1}\nz:\n  <<: {y: 2}\n", 3, "merge keys"),
    ],
)
def test_refused_yaml_names_file_and_line(text, line, words):
    with pytest.raises(YamlError) as caught:
        load_text(text, "kb/file.yml")
    assert caught.value.problem.file == "kb/file.yml"
    assert caught.value.problem.line == line
    assert words in caught.value.problem.message
