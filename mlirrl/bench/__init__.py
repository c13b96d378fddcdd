"""Benchmarks of mlirrl itself: `python -m mlirrl.bench {all,eval-cost,rollout,learner,quality}`.

Each benchmark returns a `Section`: a markdown block with its tables, the command
that produced it, the machine and the date. The command line prints the sections
and writes them into docs/benchmarks.md between markers, so that one command
regenerates the tables of that page.
"""
