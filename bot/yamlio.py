"""Strict YAML reading: line numbers kept, aliases, merge keys and duplicate keys refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from bot.errors import YamlError


class LineDict(dict):
    """A mapping that remembers the line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list):
    """A sequence that remembers the line of itself and of each item."""

    line: int = 0
    item_lines: list[int]


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses what staff should not use and keeps lines."""


def _refuse_alias(loader: _StrictLoader, node: Any) -> None:
    raise yaml.constructor.ConstructorError(
        None, None, "YAML anchors and aliases are not allowed here", node.start_mark
    )


def _construct_mapping(loader: _StrictLoader, node: MappingNode) -> LineDict:
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise yaml.constructor.ConstructorError(
                None, None, "YAML merge keys (<<) are not allowed", key_node.start_mark
            )
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be plain text", key_node.start_mark
            )
        if key in result:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"duplicate key {key!r} (first at line {result.key_lines[key]})",
                key_node.start_mark,
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _StrictLoader, node: SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_StrictLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_StrictLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


def _check_no_aliases(path: str, text: str) -> None:
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line = event.start_mark.line + 1
            raise YamlError(path, line, "YAML anchors and aliases are not allowed here")


def load_text(text: str, path: str) -> Any:
    """Parse YAML text strictly; errors carry the file name and line."""
    try:
        _check_no_aliases(path, text)
        return yaml.load(text, Loader=_StrictLoader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        reason = error.problem or str(error)
        if error.context and "merge" not in reason and "duplicate" not in reason:
            reason = f"{error.context}: {reason}"
        raise YamlError(path, line, f"invalid YAML: {reason}") from None
    except yaml.YAMLError as error:
        raise YamlError(path, 1, f"invalid YAML: {error}") from None


def load_file(path: Path) -> Any:
    """Read and parse one YAML file strictly."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise YamlError(str(path), 1, f"not UTF-8 text: {error.reason}") from None
    return load_text(text, str(path))


def tab_problems(path: Path) -> list[tuple[int, str]]:
    """Lines indented with tabs, or with tabs and spaces mixed."""
    found = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return [(1, f"not UTF-8 text: {error.reason} (save the file as UTF-8)")]
    for number, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            found.append((number, "indented with a tab: use spaces only"))
    return found


__all__ = ["LineDict", "LineList", "load_file", "load_text", "tab_problems", "ScalarNode"]
