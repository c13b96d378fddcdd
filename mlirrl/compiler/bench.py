"""Measure what one evaluation costs, against the targets of the RL environment.

    python -m mlirrl.compiler.bench [--quick]

For single-op programs (matmul, convolution, pooling, add, ReLU) it prints three
medians: the compile time (parse + transform + lowering + JIT, as the worker reports
it), the run time (calibration, warm-up and timed rounds) and the wall time through
the worker. It also prints the cost of a cache hit, the IPC overhead of
one request to the worker and the time to replace the worker after a crash.

Targets: compile + JIT under 150 ms for a single op; a cache hit under 1 ms.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass

from mlirrl.compiler.schedule import parse_schedule
from mlirrl.compiler.worker import CompilerService
from mlirrl.log import setup_logging

logger = logging.getLogger("mlirrl.compiler.bench")

COMPILE_TARGET_S = 0.150
CACHE_HIT_TARGET_S = 0.001


@dataclass(frozen=True)
class BenchCase:
    name: str
    text: str
    schedule: str


MATMUL = """
func.func @matmul(%a: tensor<256x256xf32>, %b: tensor<256x256xf32>) -> tensor<256x256xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<256x256xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%empty : tensor<256x256xf32>) -> tensor<256x256xf32>
  %c = linalg.matmul ins(%a, %b : tensor<256x256xf32>, tensor<256x256xf32>)
                     outs(%acc : tensor<256x256xf32>) -> tensor<256x256xf32>
  return %c : tensor<256x256xf32>
}
"""

# Loops of conv_2d_nhwc_hwcf: (n, oh, ow, f, kh, kw, c). Tiling oh and kh to 1 lets
# vectorization decompose the 2-D convolution into 1-D ones.
CONV = """
func.func @conv(%input: tensor<1x18x18x32xf32>, %filter: tensor<3x3x32x32xf32>) -> tensor<1x16x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<1x16x16x32xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%empty : tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
  %out = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%input, %filter : tensor<1x18x18x32xf32>, tensor<3x3x32x32xf32>)
      outs(%acc : tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
  return %out : tensor<1x16x16x32xf32>
}
"""

# Loops of pooling_nhwc_max: (n, oh, ow, c, kh, kw).
POOLING = """
func.func @pooling(%input: tensor<1x34x34x32xf32>) -> tensor<1x32x32x32xf32> {
  %lowest = arith.constant -3.4e38 : f32
  %window = tensor.empty() : tensor<3x3xf32>
  %empty = tensor.empty() : tensor<1x32x32x32xf32>
  %acc = linalg.fill ins(%lowest : f32) outs(%empty : tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32>
  %out = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%input, %window : tensor<1x34x34x32xf32>, tensor<3x3xf32>)
      outs(%acc : tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32>
  return %out : tensor<1x32x32x32xf32>
}
"""

ADD = """
func.func @add(%a: tensor<512x512xf32>, %b: tensor<512x512xf32>) -> tensor<512x512xf32> {
  %empty = tensor.empty() : tensor<512x512xf32>
  %sum = linalg.add ins(%a, %b : tensor<512x512xf32>, tensor<512x512xf32>)
                    outs(%empty : tensor<512x512xf32>) -> tensor<512x512xf32>
  return %sum : tensor<512x512xf32>
}
"""

RELU = """
#identity = affine_map<(i, j) -> (i, j)>
func.func @relu(%x: tensor<512x512xf32>) -> tensor<512x512xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<512x512xf32>
  %y = linalg.generic {indexing_maps = [#identity, #identity], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<512x512xf32>) outs(%empty : tensor<512x512xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<512x512xf32>
  return %y : tensor<512x512xf32>
}
"""

CASES = (
    BenchCase("matmul 256x256x256", MATMUL, "op1:T(64,64,64),T(8,32,4),V"),
    BenchCase("conv 3x3 nhwc 16x16x32", CONV, "op1:T(1,1,8,16,1,3,8),V"),
    BenchCase("max pooling 3x3 32x32x32", POOLING, "op1:T(1,1,8,32,1,3),V"),
    BenchCase("add 512x512", ADD, "op0:T(8,64),V"),
    BenchCase("relu 512x512", RELU, "op0:T(8,64),V"),
)


def _median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1e3


def _verdict(value_s: float, target_s: float) -> str:
    return "ok" if value_s <= target_s else "OVER TARGET"


def bench_case(service: CompilerService, case: BenchCase, repetitions: int) -> dict[str, float] | None:
    """Evaluate the case's schedule `repetitions` times without the cache; return medians in ms."""
    program = service.load_text(case.text, name=case.name.split()[0])
    base = service.baseline(program)
    schedule = parse_schedule(case.schedule)
    compile_s, run_s, wall_s = [], [], []
    time_ns = []
    for _ in range(repetitions):
        start = time.perf_counter()
        result = service.worker.evaluate(program, schedule)
        wall_s.append(time.perf_counter() - start)
        if not result.ok:
            print(f"  {case.name}: schedule {case.schedule} failed ({result.failure.value}): {result.message}")
            return None
        compile_s.append(result.compile_s)
        run_s.append(result.run_s)
        time_ns.append(result.time_ns)
    ratio = base.time_ns / statistics.median(time_ns) if base.ok and base.time_ns else float("nan")
    return {
        "compile_ms": _median_ms(compile_s),
        "run_ms": _median_ms(run_s),
        "wall_ms": _median_ms(wall_s),
        "speedup": ratio,
    }


def bench_cache_hit(service: CompilerService, repetitions: int) -> float:
    """Median seconds of `CompilerService.evaluate` when the outcome is cached."""
    program = service.load_text(ADD, name="add")
    schedule = parse_schedule("op0:T(8,64),V")
    service.evaluate(program, schedule)
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        result = service.evaluate(program, schedule)
        times.append(time.perf_counter() - start)
        assert result.cache_hit, "expected a cache hit"
    return statistics.median(times)


def bench_ipc(service: CompilerService, repetitions: int) -> float:
    """Median round-trip seconds of a request that carries a program and does no work."""
    program = service.load_text(MATMUL, name="matmul")
    times = [service.worker.ping(program) for _ in range(repetitions)]
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mlirrl.compiler.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions: 2 per op instead of 5 (default: off)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (repeatable)")
    args = parser.parse_args(argv)
    setup_logging(args.verbose - 1)
    repetitions = 2 if args.quick else 5

    with tempfile.TemporaryDirectory(prefix="mlirrl-bench-") as folder, CompilerService(
        cache_path=f"{folder}/cache.sqlite"
    ) as service:
        print(f"single-op evaluations, median of {repetitions} (compile = parse + transform + lowering + JIT)")
        print(f"  {'program':<28} {'compile ms':>10} {'run ms':>8} {'wall ms':>8} {'speedup':>8}  compile target")
        for case in CASES:
            row = bench_case(service, case, repetitions)
            if row is None:
                continue
            verdict = _verdict(row["compile_ms"] / 1e3, COMPILE_TARGET_S)
            print(
                f"  {case.name:<28} {row['compile_ms']:>10.1f} {row['run_ms']:>8.1f} {row['wall_ms']:>8.1f} "
                f"{row['speedup']:>7.1f}x  {verdict} (< {COMPILE_TARGET_S * 1e3:.0f} ms)"
            )

        hit_s = bench_cache_hit(service, 200 if not args.quick else 50)
        print(f"cache hit: {hit_s * 1e3:.3f} ms  {_verdict(hit_s, CACHE_HIT_TARGET_S)} (< {CACHE_HIT_TARGET_S * 1e3:.0f} ms)")
        ipc_s = bench_ipc(service, 50 if not args.quick else 20)
        print(f"worker IPC round trip with a program: {ipc_s * 1e3:.3f} ms")
        restarts = [service.worker.restart() for _ in range(3 if not args.quick else 1)]
        print(f"worker respawn (spawn + imports + Evaluator): {statistics.median(restarts):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
