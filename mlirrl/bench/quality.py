"""Schedule quality: geometric-mean speedups of a trained policy, a random policy and a
hand heuristic over the MLIR baseline and over PyTorch eager, per op family.

Targets: the eval split of the bundled `small` suite, and the 16 operators of the
MLIR-RL paper's evaluation set scaled down to this kind of machine (`scale_name`).
Every policy is evaluated with `mlirrl.evaluate.evaluate_policy` in one process,
so all speedups of a target share the same baseline measurements.
"""

from __future__ import annotations

import logging
import pathlib
import tempfile
from dataclasses import dataclass
from typing import Any

from mlirrl.bench.report import Section, conditions_line, fmt, header, table, utc_now

logger = logging.getLogger(__name__)

# Speedup of MLIR-RL over PyTorch eager per op family reported in the MLIR-RL paper
# (arXiv 2409.11068): pooling 3.3x faster, matmul 2.16x and conv 6.71x slower.
PAPER_VS_TORCH = {"pooling": 3.3, "matmul": 1 / 2.16, "conv_2d": 1 / 6.71}

# Shape scaling of the paper's operators: the batch (first dimension, 256 in every
# one of them) is divided by 64, matmul sizes by 4 and every other size by 2,
# rounded half to even and at least 1; kernel sizes and strides are kept and output
# sizes recomputed. Element type stays f64.
BATCH_DIVISOR = 64
MATMUL_DIVISOR = 4
OTHER_DIVISOR = 2


def _divide(size: int, divisor: int) -> int:
    return max(1, round(size / divisor))


def scale_name(name: str) -> str:
    """The benchmark name of the scaled-down version of a paper operator name."""
    from mlirrl.benchmarks.names import Add, Conv2d, Matmul, Pooling, Relu, out_size, parse_name

    spec = parse_name(name)
    if isinstance(spec, Matmul):
        scaled: Any = Matmul(*(_divide(size, MATMUL_DIVISOR) for size in (spec.n, spec.k, spec.m)))
    elif isinstance(spec, Conv2d):
        stride_h, stride_w = spec.strides
        h, w = _divide(spec.h, OTHER_DIVISOR), _divide(spec.w, OTHER_DIVISOR)
        scaled = Conv2d(_divide(spec.n, BATCH_DIVISOR), _divide(spec.c, OTHER_DIVISOR), h, w,
                        _divide(spec.f, OTHER_DIVISOR), spec.kh, spec.kw,
                        out_size(h, spec.kh, stride_h), out_size(w, spec.kw, stride_w))
    elif isinstance(spec, Pooling):
        stride_h, stride_w = spec.strides
        h, w = _divide(spec.h, OTHER_DIVISOR), _divide(spec.w, OTHER_DIVISOR)
        scaled = Pooling(_divide(spec.n, BATCH_DIVISOR), _divide(spec.c, OTHER_DIVISOR), h, w, spec.k,
                         out_size(h, spec.k, stride_h), out_size(w, spec.k, stride_w))
    elif isinstance(spec, (Add, Relu)):
        dims = (_divide(spec.dims[0], BATCH_DIVISOR), *(_divide(size, OTHER_DIVISOR) for size in spec.dims[1:]))
        scaled = type(spec)(dims)
    else:
        raise ValueError(f"benchmark {name}: no scaling rule for {type(spec).__name__} ops")
    return scaled.name


def scaled_paper_suite(folder: pathlib.Path, threads: int) -> tuple[pathlib.Path, dict[str, str]]:
    """Generate the scaled paper operators into `folder` and measure their MLIR and PyTorch baselines.

    Returns the suite folder and the mapping from paper name to scaled name. A suite
    already generated there is reused, and baselines measured on this host are kept.
    """
    from mlirrl.benchmarks.baseline import measure_suite
    from mlirrl.benchmarks.generate import generate_names
    from mlirrl.benchmarks.suite import Suite

    paper = Suite.load("paper-eval")
    names = {benchmark.name: scale_name(benchmark.name) for benchmark in paper}
    element_type = next(iter(paper)).element_type
    suite_folder = folder / "paper-eval-scaled"
    existing = Suite.load(suite_folder) if (suite_folder / "suite.json").is_file() else None
    if existing is None or any(name not in existing for name in names.values()):
        generate_names(suite_folder, list(names.values()), element_type, "eval", "paper-eval-scaled",
                       "The MLIR-RL paper's evaluation operators scaled down by mlirrl.bench.quality.scale_name.")
    measure_suite(Suite.load(suite_folder), threads=threads, progress=False)
    return suite_folder, names


@dataclass
class Variant:
    """One evaluated policy setting: its label and its result rows."""

    label: str
    rows: list[dict[str, Any]]


def find_checkpoint(path: str) -> pathlib.Path:
    """Return the checkpoint folder of `path`: itself, or the latest one of a run directory."""
    from mlirrl.train import latest_checkpoint

    folder = pathlib.Path(path)
    if (folder / "checkpoints").is_dir():
        latest = latest_checkpoint(folder)
        if latest is None:
            raise SystemExit(f"--checkpoint {path}: the run directory has no complete checkpoint yet")
        return latest
    if not folder.is_dir():
        raise SystemExit(f"--checkpoint {path}: folder not found")
    return folder


def train_quick_policy(folder: pathlib.Path) -> pathlib.Path:
    """Train the LSTM policy for 2 PPO iterations on the `tiny` suite; return its checkpoint."""
    from mlirrl.config import TrainConfig
    from mlirrl.train import latest_checkpoint, train

    config = TrainConfig(suite="tiny", iterations=2, num_workers=1, train_batch_size=64, minibatch_size=32,
                         epochs=2, output=str(folder), name="quick-policy", checkpoint_every=2, num_gpus=0)
    run_dir = train(config)
    checkpoint = latest_checkpoint(run_dir)
    assert checkpoint is not None, f"training wrote no checkpoint in {run_dir}"
    return checkpoint


def evaluate_variants(env_config: dict[str, Any], module: Any, samples: int, seed: int) -> list[Variant]:
    """Evaluate the heuristic, the random policy (best of samples + 1) and, with a module, the trained
    policy (greedy, and best of greedy + samples) on the env's suite split."""
    from mlirrl.bench.heuristic import heuristic_policy
    from mlirrl.evaluate import evaluate_policy, module_policy, random_policy

    variants = [Variant("heuristic", evaluate_policy(env_config, heuristic_policy(), policy_name="heuristic"))]
    variants.append(Variant(
        f"random, best of {samples + 1}",
        evaluate_policy(env_config, random_policy(seed), random_policy(seed + 1), samples, policy_name="random"),
    ))
    if module is not None:
        greedy = module_policy(module, deterministic=True)
        variants.append(Variant("trained, greedy", evaluate_policy(env_config, greedy, policy_name="greedy")))
        sampler = module_policy(module, deterministic=False)
        variants.append(Variant(
            f"trained, best of {samples + 1}",
            evaluate_policy(env_config, greedy, sampler, samples, policy_name="best-of-k"),
        ))
    return variants


def _family_tables(variants: list[Variant]) -> tuple[str, str, dict[str, Any]]:
    from mlirrl.evaluate import summarize

    summaries = {variant.label: summarize(variant.rows) for variant in variants}
    families = sorted({family for summary in summaries.values() for family in summary["families"]})
    columns = ["policy", *families, "all", "failures"]
    baseline_rows, torch_rows = [], []
    for label, summary in summaries.items():
        per_family = summary["families"]
        baseline_rows.append([label, *(fmt(per_family.get(f, {}).get("geomean_speedup")) for f in families),
                              f"**{fmt(summary['geomean_speedup'])}**", summary["failures"]])
        torch_rows.append([label, *(fmt(per_family.get(f, {}).get("geomean_vs_torch")) for f in families),
                           f"**{fmt(summary['geomean_vs_torch'])}**", summary["failures"]])
    counts = ["benchmarks", *(str(summaries[variants[0].label]["families"][f]["benchmarks"]) for f in families),
              str(summaries[variants[0].label]["benchmarks"]), ""]
    return table(columns, [counts, *baseline_rows]), table(columns, [counts, *torch_rows]), summaries


def _paper_comparison(summaries: dict[str, Any]) -> str:
    labels = list(summaries)
    rows = []
    for family, paper in PAPER_VS_TORCH.items():
        row = [family, f"{paper:.2f} ({'faster' if paper >= 1 else f'{1 / paper:.2f}x slower'})"]
        for label in labels:
            value = summaries[label]["families"].get(family, {}).get("geomean_vs_torch")
            row.append(fmt(value))
        rows.append(row)
    return table(["family", "MLIR-RL paper vs PyTorch", *labels], rows)


def run(quick: bool, checkpoint: str | None = None, samples: int | None = None, threads: int = 1,
        work_dir: str | None = None, seed: int = 0, targets: list[str] | None = None) -> Section:
    import models

    started, before = utc_now(), conditions_line()
    if samples is None:
        samples = 2 if quick else 8
    targets = targets or ["small", "paper-eval-scaled"]
    with tempfile.TemporaryDirectory(prefix="mlirrl-quality-") as scratch:
        folder = pathlib.Path(work_dir) if work_dir else pathlib.Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        module, policy_text = None, "no trained policy (pass --checkpoint)"
        if checkpoint:
            checkpoint_path = find_checkpoint(checkpoint)
            module = models.load_policy(checkpoint_path)
            policy_text = f"trained policy: checkpoint `{checkpoint_path}`"
        elif quick:
            checkpoint_path = train_quick_policy(folder / "runs")
            module = models.load_policy(checkpoint_path)
            policy_text = ("trained policy: LSTM trained here for 2 PPO iterations of 64 env steps on the `tiny` "
                           "suite (quick mode without --checkpoint; a smoke test of the pipeline, not a trained policy)")

        parts, data = [], {"policy": policy_text, "samples": samples, "targets": {}}
        for target in targets:
            if target == "small":
                env_config = {"suite": "small", "split": "eval"}
                title = "`small` suite, eval split"
            elif target == "paper-eval-scaled":
                suite_folder, names = scaled_paper_suite(folder, threads)
                env_config = {"suite": str(suite_folder), "split": "all"}
                title = "MLIR-RL paper operators, scaled down (f64)"
                parts.append(f"### {title}: shapes\n\n" + table(
                    ["paper operator", "scaled operator"], sorted(names.items()), "ll"))
            else:
                raise SystemExit(f"unknown quality target {target!r}; choose small or paper-eval-scaled")
            env_config.update(threads=threads, seed=seed, cache_path=str(folder / f"cache-{target}.sqlite"))
            logger.info("quality: evaluating policies on %s", target)
            variants = evaluate_variants(env_config, module, samples, seed)
            baseline_table, torch_table, summaries = _family_tables(variants)
            data["targets"][target] = summaries
            parts.append(f"### {title}: speedup over the MLIR baseline (geometric mean)\n\n{baseline_table}")
            parts.append(f"### {title}: speedup over PyTorch eager (geometric mean, > 1 = faster)\n\n{torch_table}")
            parts.append(f"### {title}: per-family comparison with the MLIR-RL paper (vs PyTorch)\n\n"
                         + _paper_comparison(summaries))

    text = header("Schedule quality", started, before)
    thread_text = f"{threads} thread{'s' if threads != 1 else ''}"
    text += (
        f"\n{policy_text[0].upper()}{policy_text[1:]}. Policies: `heuristic` (`mlirrl.bench.heuristic`: keep the "
        "loop order, tile parallel loops longer than 32 by 32, tile the innermost parallel loop to a vector of 8 "
        f"and the other loops by 1, vectorize), `random` (uniform over the legal actions, best of {samples + 1} "
        f"verified schedules), `trained, greedy` (argmax of every decision) and `trained, best of {samples + 1}` "
        f"(greedy plus {samples} sampled schedules), so random and best-of-K spend the same {samples + 1} "
        f"measurements per benchmark. Generated code and PyTorch run on {thread_text}. PyTorch eager times of "
        "`small` come from its manifest (`python -m mlirrl.benchmarks baseline` on this machine); those of the "
        "scaled operators are measured by this command. Geometric means leave failed schedules out; the "
        "failures column counts them. Sequences and imported model pieces form the families `sequence` and the "
        "model name.\n\n"
    )
    text += "\n".join(parts)
    return Section("quality", "Schedule quality", text, data)


__all__ = ["PAPER_VS_TORCH", "run", "scale_name", "scaled_paper_suite"]
