"""The stages of :func:`wiretext.parse`, one module each, run in the order of :data:`wiretext.pipeline.STAGES`.

Each stage is a function ``run(state) -> None`` over one
:class:`~wiretext.stages.state.State`: it reads what earlier stages found,
labels spans of the input (fields, removals, notes) and writes its own
fields.  Each module's docstring says what it decides and what it leaves to
the others; the rules themselves (patterns, tables) live in the modules the
stages call (:mod:`wiretext.wire`, :mod:`wiretext.page`,
:mod:`wiretext.noise`, :mod:`wiretext.dateline`, :mod:`wiretext.rights`,
:mod:`wiretext.tail`, :mod:`wiretext.byline`) and in :mod:`wiretext.data`.
See docs/architecture.md for the whole picture.
"""

__all__: list[str] = []
