"""Run the benchmarks of mlirrl and write their tables into the results page.

    python -m mlirrl.bench {all,eval-cost,rollout,learner,quality} [--quick]

Every section is printed and, unless --no-page is given, written into
docs/benchmarks.md between its markers. Run commands that start Ray (rollout,
quality, all) in a network namespace with loopback only on machines without
network access (see README.md).
"""

from __future__ import annotations

import argparse
import json
import logging
import pathlib
import sys

from mlirrl.bench.report import Section, update_page
from mlirrl.log import setup_logging

logger = logging.getLogger("mlirrl.bench")

BENCHMARKS = ("eval-cost", "rollout", "learner", "quality")
DEFAULT_PAGE = pathlib.Path("docs/benchmarks.md")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m mlirrl.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("benchmark", choices=("all", *BENCHMARKS), help="benchmark to run; all runs the four in turn")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes and few repeats (all takes under 15 minutes on 2 cores); default: off")
    parser.add_argument("--page", default=str(DEFAULT_PAGE),
                        help=f"markdown page whose marked sections are replaced (default {DEFAULT_PAGE})")
    parser.add_argument("--no-page", action="store_true", help="only print the tables")
    parser.add_argument("--results", help="folder for NAME.md and NAME.json of every section (default: none)")
    parser.add_argument("--torch-threads", type=int, default=0,
                        help="torch intra-op threads of this process, 0 = torch's default (default 0)")

    learner = parser.add_argument_group("learner")
    learner.add_argument("--device", choices=("cpu", "cuda"), default="cpu", help="learner device (default cpu)")
    learner.add_argument("--sizes", nargs="+", choices=("tiny", "small", "full"),
                         help="model sizes (default: all three)")
    learner.add_argument("--models", nargs="+", choices=("lstm", "distilbert"), help="models (default: both)")
    learner.add_argument("--batch-size", type=int, help="env steps per PPO update (default 128 with --quick, else 512)")
    learner.add_argument("--repeats", type=int, help="timed updates per model after a warm-up (default 1 with --quick, else 3)")

    rollout = parser.add_argument_group("rollout")
    rollout.add_argument("--runners", type=int, nargs="+", help="env runner counts (default 1 2 4)")
    rollout.add_argument("--rollout-suite", help="suite of the rollouts (default tiny with --quick, else small)")
    rollout.add_argument("--steps", type=int, help="env steps per timed sample (default 128 with --quick, else 512)")

    quality = parser.add_argument_group("quality")
    quality.add_argument("--checkpoint",
                         help="trained policy: a checkpoint folder or a run directory (its latest checkpoint); "
                              "default: with --quick, train one for 2 iterations on tiny, else none")
    quality.add_argument("--samples", type=int,
                         help="sampled schedules per benchmark besides the first one, K of best-of-(K+1) "
                              "(default 2 with --quick, else 8)")
    quality.add_argument("--threads", type=int, default=1, help="threads of the generated code and of PyTorch (default 1)")
    quality.add_argument("--targets", nargs="+", choices=("small", "paper-eval-scaled"),
                         help="evaluation targets (default: both)")
    quality.add_argument("--work-dir", help="folder kept between runs for the scaled suite and caches (default: temporary)")

    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging (repeatable)")
    return parser


def run_benchmark(name: str, args: argparse.Namespace) -> Section:
    if name == "eval-cost":
        from mlirrl.bench import eval_cost

        return eval_cost.run(args.quick)
    if name == "rollout":
        from mlirrl.bench import rollout

        return rollout.run(args.quick, args.runners, args.rollout_suite, args.steps)
    if name == "learner":
        from mlirrl.bench import learner

        return learner.run(args.quick, args.device, args.sizes, args.models, args.batch_size, args.repeats)
    from mlirrl.bench import quality

    return quality.run(args.quick, args.checkpoint, args.samples, args.threads, args.work_dir, targets=args.targets)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    if args.torch_threads:
        import torch

        torch.set_num_threads(args.torch_threads)
    names = BENCHMARKS if args.benchmark == "all" else (args.benchmark,)
    page = pathlib.Path(args.page)
    if not args.no_page and not page.is_file():
        print(f"results page {page} not found; pass --page PATH or --no-page", file=sys.stderr)
        return 2

    for name in names:
        logger.info("running benchmark %s", name)
        section = run_benchmark(name, args)
        print(f"## {section.title}\n\n{section.markdown}", flush=True)
        if args.results:
            folder = pathlib.Path(args.results)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{name}.md").write_text(section.markdown)
            (folder / f"{name}.json").write_text(json.dumps(section.data, indent=2, default=str))
        if not args.no_page:
            # Written after each benchmark, so that a later failure keeps the earlier tables.
            missing = update_page(page, [section])
            if missing:
                logger.warning("%s has no markers for section %s; add <!-- bench:%s start --> and end markers",
                               page, name, name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
