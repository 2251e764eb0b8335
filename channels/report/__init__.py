"""The editor's to-do: unanswered questions grouped, weak entries, stale entries, charts (issue 11).

``builder.build_report`` makes the one report; ``output.write_report`` writes it for
``python -m channels.report``; ``delivery.send_report`` sends it for /report in the staff group.
"""
