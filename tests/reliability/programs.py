"""MLIR texts and transform scripts that the reliability tests feed to mlirrl."""

from __future__ import annotations

import pathlib
import random
import shutil
import textwrap

# The compiler tests own the program and transform-script builders; the reliability tests reuse them.
from tests.compiler.test_worker import match_tag, matmul_program, rank0_program, raw_script  # noqa: F401
from tests.conftest import REPO_ROOT

TINY_SUITE = REPO_ROOT / "mlirrl" / "benchmarks" / "suites" / "tiny"
# Small, fast benchmarks of the tiny suite (each compiles in well under a second).
GOOD_FILES = ("matmul_64_64_64.mlir", "relu_64_64.mlir", "seq_32x64_add_sigmoid.mlir")


# A 0.05 s limit on the timed runs of a schedule, which need at least 0.12 s (6 rounds
# of 20 ms), so every evaluated schedule times out. Loads keep the compile limit and
# baselines their own 300 s run limit, so both still pass.
TIMEOUT_ENV = {"run_timeout_floor_s": 0.05, "service_options": {"run_timeout_factor": 1e-4}}


def good_text(name: str = "matmul_64_64_64.mlir") -> str:
    return (TINY_SUITE / name).read_text()


# A rank-0 linalg.generic (op0) feeding a broadcast (op1). MLIR 22.1 aborts on
# `tile_using_forall` of op0 because the op has no loops to tile.
RANK0_PROGRAM = rank0_program(64)

# A gather whose index is i * 2^40: the generated code reads far outside its input
# and dies by SIGSEGV in the first run.
SEGFAULT_PROGRAM = textwrap.dedent("""
    func.func @main(%a: tensor<64xf32>) -> tensor<64xf32> {
      %init = tensor.empty() : tensor<64xf32>
      %r = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>], iterator_types = ["parallel"]}
          outs(%init : tensor<64xf32>) {
      ^bb0(%o: f32):
        %i = linalg.index 0 : index
        %stride = arith.constant 1099511627776 : index
        %j = arith.muli %i, %stride : index
        %v = tensor.extract %a[%j] : tensor<64xf32>
        linalg.yield %v : f32
      } -> tensor<64xf32>
      return %r : tensor<64xf32>
    }
""")

DYNAMIC_PROGRAM = textwrap.dedent("""
    func.func @main(%a: tensor<?x64xf32>) -> tensor<?x64xf32> {
      %c0 = arith.constant 0 : index
      %rows = tensor.dim %a, %c0 : tensor<?x64xf32>
      %init = tensor.empty(%rows) : tensor<?x64xf32>
      %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                           iterator_types = ["parallel", "parallel"]}
          ins(%a : tensor<?x64xf32>) outs(%init : tensor<?x64xf32>) {
      ^bb0(%x: f32, %o: f32):
        linalg.yield %x : f32
      } -> tensor<?x64xf32>
      return %r : tensor<?x64xf32>
    }
""")


def unregistered_op_program() -> str:
    """The tiny matmul with an op of the unregistered dialect `acme` before the matmul."""
    return good_text().replace("    %matmul4 =", '    "acme.prefetch"() : () -> ()\n    %matmul4 =', 1)


def byte_flips(text: str, count: int, flips_per_text: int, seed: int) -> list[str]:
    """`count` copies of `text`, each with `flips_per_text` random bytes replaced (invalid UTF-8 replaced by U+FFFD)."""
    rng = random.Random(seed)
    data = text.encode()
    variants = []
    for _ in range(count):
        flipped = bytearray(data)
        for _ in range(flips_per_text):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        variants.append(flipped.decode("utf-8", errors="replace"))
    return variants


FORALL_ON_OP0 = raw_script(f"""
    {match_tag("op0")}
    %tiled, %forall = transform.structured.tile_using_forall %op0 tile_sizes [4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
""")

# Vectorizing an untiled 128^3 matmul unrolls 2M vector elements, which needs far more
# than 1 GiB of memory.
VECTORIZE_OP1 = raw_script(f"""
    {match_tag("op1")}
    transform.structured.vectorize %op1 : !transform.any_op
""")


def mixed_suite(folder: pathlib.Path) -> dict[str, str]:
    """Fill `folder` with good tiny-suite files and bad ones; return {bad file stem: reason word}."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in GOOD_FILES:
        shutil.copy(TINY_SUITE / name, folder / name)
    text = good_text()
    bad = {
        "bad_truncated": (text[: len(text) // 2], "cannot parse"),
        "bad_unregistered": (unregistered_op_program(), "acme"),
        "bad_bf16": (text.replace("f32", "bf16"), "bf16"),
        "bad_dynamic": (DYNAMIC_PROGRAM, "dynamic shape"),
        "bad_no_linalg": ("func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {\n  return %a : tensor<4xf32>\n}\n",
                          "no linalg op"),
    }
    for stem, (content, _) in bad.items():
        (folder / f"{stem}.mlir").write_text(content)
    (folder / "bad_binary.mlir").write_bytes(bytes(range(256)))
    reasons = {stem: reason for stem, (_, reason) in bad.items()}
    reasons["bad_binary"] = "not a UTF-8 text file"
    return reasons
