"""Rasa's model graph run in plain order instead of through dask, for `migrabot serve`.

Rasa 3.6 runs the graph three times a turn (the NLU pipeline, then one policy prediction per
action) with dask's synchronous scheduler, which rebuilds and orders the task graph every time:
about a tenth of a turn (py-spy, docs/bench/turn-cost.md). Here the order of each set of
targets is worked out once and the same graph nodes are called with the same arguments.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.runner.dask import DaskGraphRunner


class SequentialGraphRunner(DaskGraphRunner):
    """A DaskGraphRunner whose `run` calls the nodes itself, in dependency order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._orders: dict[tuple[str, ...], list[str]] = {}

    def _order(self, targets: tuple[str, ...]) -> list[str]:
        """Every node the targets need, each after the nodes it needs (inputs are not nodes)."""
        order = self._orders.get(targets)
        if order is None:
            nodes = self._graph_schema.nodes
            order, done = [], set()

            def visit(name: str) -> None:
                if name in done or name not in nodes:
                    return
                done.add(name)
                for need in nodes[name].needs.values():
                    visit(need)
                order.append(name)

            for target in targets:
                visit(target)
            self._orders[targets] = order
        return order

    def run(self, inputs: dict[str, Any] | None = None, targets: list[str] | None = None) -> dict[str, Any]:
        """The targets' outputs by name, as DaskGraphRunner.run returns them."""
        run_targets = targets if targets else self._graph_schema.target_names
        # As in the dask graph: an input is the pair (name, value), a node's result is (name, output),
        # and a need that nothing provides is passed as its name (GraphNode warns about it).
        values: dict[str, Any] = {name: (name, value) for name, value in (inputs or {}).items()}
        nodes = self._graph_schema.nodes
        for name in self._order(tuple(run_targets)):
            if name in values:
                continue  # an input given under a node's name replaces that node, as in dask
            values[name] = self._instantiated_nodes[name](*(values.get(need, need) for need in nodes[name].needs.values()))
        return dict(values[target] for target in run_targets)


def install() -> None:
    """Make Rasa's MessageProcessor load its graph into the sequential runner (call before Rasa loads a model)."""
    import rasa.core.processor

    rasa.core.processor.DaskGraphRunner = SequentialGraphRunner  # type: ignore[misc]
