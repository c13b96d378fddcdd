"""Hand-written kernels in the kernel form, with their analysis written out by hand,
for the transform and lowering tests (independent of the program loader)."""

from __future__ import annotations

from mlirrl.compiler.analysis import PARALLEL, REDUCTION, Access, OpInfo, ProgramInfo
from mlirrl.compiler.program import Program, TensorSpec

P, R = PARALLEL, REDUCTION


def _memref(shape, dtype="f32") -> str:
    return f"memref<{'x'.join(map(str, shape))}x{dtype}>"


def _tensor(shape, dtype="f32") -> str:
    return f"tensor<{'x'.join(map(str, shape))}x{dtype}>"


def _access(*rows, loops: int) -> Access:
    """Access from rows given as {loop: coefficient} dicts."""
    matrix = tuple(tuple(row.get(j, 0) for j in range(loops)) for row in rows)
    return Access(matrix, tuple(0 for _ in rows))


def _identity(loops: int, dims) -> Access:
    return _access(*({d: 1} for d in dims), loops=loops)


def _kernel_text(arguments: list[tuple[str, tuple[int, ...], bool]], body: list[str], results: list[tuple[str, str]],
                 dtype: str = "f32") -> str:
    """Wrap `body` into @kernel: arguments are (name, shape, is_output); inputs become
    `%<name>` tensors, outputs `%<name>_init`; results are (tensor value, output name)."""
    params = ", ".join(f"%{name}_m: {_memref(shape, dtype)}" for name, shape, _ in arguments)
    lines = [f"func.func @kernel({params}) attributes {{llvm.emit_c_interface}} {{"]
    for name, shape, is_output in arguments:
        value = f"{name}_init" if is_output else name
        mode = "restrict writable" if is_output else "restrict"
        lines.append(
            f"  %{value} = bufferization.to_tensor %{name}_m {mode} : {_memref(shape, dtype)} to {_tensor(shape, dtype)}"
        )
    lines.extend("  " + line for line in body)
    shapes = {name: shape for name, shape, _ in arguments}
    for value, output in results:
        shape = shapes[output]
        lines.append(
            f"  bufferization.materialize_in_destination {value} in restrict writable %{output}_m "
            f": ({_tensor(shape, dtype)}, {_memref(shape, dtype)}) -> ()"
        )
    lines.append("  return")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _program(name, arguments, body, results, ops, dtype="f32") -> Program:
    text = _kernel_text(arguments, body, results, dtype)
    specs = tuple(TensorSpec(tuple(shape), dtype, is_output) for _, shape, is_output in arguments)
    return Program(name=name, source="<test>", kernel_text=text, arguments=specs, info=ProgramInfo(tuple(ops)))


def _fill_info(tag: str, index: int, shape, consumers=(), dtype="f32") -> OpInfo:
    loops = len(shape)
    return OpInfo(
        tag=tag, name="linalg.fill", index=index, loop_ranges=tuple(shape), iterator_types=(P,) * loops,
        loads=(), stores=(_identity(loops, range(loops)),), op_counts={}, vectorizable=True,
        consumers=tuple(consumers), element_type=dtype,
    )


def matmul_program(m: int, n: int, k: int, relu: bool = False, dtype: str = "f32") -> Program:
    """op0 = fill(0), op1 = matmul accumulating into op0, op2 = relu of op1 (optional)."""
    arguments = [("A", (m, k), False), ("B", (k, n), False), ("C", (m, n), True)]
    c = _tensor((m, n), dtype)
    body = [
        f"%zero = arith.constant 0.0 : {dtype}",
        f'%acc = linalg.fill {{tag = "op0"}} ins(%zero : {dtype}) outs(%C_init : {c}) -> {c}',
        f'%prod = linalg.matmul {{tag = "op1"}} ins(%A, %B : {_tensor((m, k), dtype)}, {_tensor((k, n), dtype)}) '
        f"outs(%acc : {c}) -> {c}",
    ]
    ops = [_fill_info("op0", 0, (m, n), consumers=("op1",), dtype=dtype)]
    matmul = OpInfo(
        tag="op1", name="linalg.matmul", index=1, loop_ranges=(m, n, k), iterator_types=(P, P, R),
        loads=(_access({0: 1}, {2: 1}, loops=3), _access({2: 1}, {1: 1}, loops=3)),
        stores=(_identity(3, (0, 1)),), op_counts={"add": 1, "mul": 1}, vectorizable=True,
        producers=(("op0", 2),), consumers=("op2",) if relu else (), element_type=dtype,
    )
    ops.append(matmul)
    result = "%prod"
    if relu:
        body += [
            "%relu = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], "
            f'iterator_types = ["parallel", "parallel"]}} ins(%prod : {c}) outs(%C_init : {c}) attrs = {{tag = "op2"}} {{',
            f"^bb0(%in: {dtype}, %out: {dtype}):",
            f"  %max = arith.maximumf %in, %zero : {dtype}",
            f"  linalg.yield %max : {dtype}",
            f"}} -> {c}",
        ]
        ops.append(OpInfo(
            tag="op2", name="linalg.generic", index=2, loop_ranges=(m, n), iterator_types=(P, P),
            loads=(_identity(2, (0, 1)),), stores=(_identity(2, (0, 1)),), op_counts={"max": 1},
            vectorizable=True, producers=(("op1", 0),), element_type=dtype,
        ))
        result = "%relu"
    name = f"matmul_{m}x{n}x{k}" + ("_relu" if relu else "")
    return _program(name, arguments, body, [(result, "C")], ops, dtype)


def conv_nchw_program(n=1, c=8, h=18, w=18, f=16, kh=3, kw=3) -> Program:
    """op0 = fill(0), op1 = conv_2d_nchw_fchw, loops (n, f, oh, ow, c, kh, kw)."""
    oh, ow = h - kh + 1, w - kw + 1
    out = _tensor((n, f, oh, ow))
    arguments = [("I", (n, c, h, w), False), ("F", (f, c, kh, kw), False), ("O", (n, f, oh, ow), True)]
    body = [
        "%zero = arith.constant 0.0 : f32",
        f'%acc = linalg.fill {{tag = "op0"}} ins(%zero : f32) outs(%O_init : {out}) -> {out}',
        '%conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>, '
        f'tag = "op1"}} ins(%I, %F : {_tensor((n, c, h, w))}, {_tensor((f, c, kh, kw))}) outs(%acc : {out}) -> {out}',
    ]
    conv = OpInfo(
        tag="op1", name="linalg.conv_2d_nchw_fchw", index=1, loop_ranges=(n, f, oh, ow, c, kh, kw),
        iterator_types=(P, P, P, P, R, R, R),
        loads=(_access({0: 1}, {4: 1}, {2: 1, 5: 1}, {3: 1, 6: 1}, loops=7),
               _access({1: 1}, {4: 1}, {5: 1}, {6: 1}, loops=7)),
        stores=(_identity(7, (0, 1, 2, 3)),), op_counts={"add": 1, "mul": 1}, vectorizable=True,
        producers=(("op0", 2),),
    )
    ops = [_fill_info("op0", 0, (n, f, oh, ow), consumers=("op1",)), conv]
    return _program("conv_2d_nchw_fchw", arguments, body, [("%conv", "O")], ops)


def conv_nhwc_program(n=1, h=18, w=18, c=8, kh=3, kw=3, f=16) -> Program:
    """op0 = fill(0), op1 = conv_2d_nhwc_hwcf, loops (n, oh, ow, f, kh, kw, c)."""
    oh, ow = h - kh + 1, w - kw + 1
    out = _tensor((n, oh, ow, f))
    arguments = [("I", (n, h, w, c), False), ("F", (kh, kw, c, f), False), ("O", (n, oh, ow, f), True)]
    body = [
        "%zero = arith.constant 0.0 : f32",
        f'%acc = linalg.fill {{tag = "op0"}} ins(%zero : f32) outs(%O_init : {out}) -> {out}',
        '%conv = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>, '
        f'tag = "op1"}} ins(%I, %F : {_tensor((n, h, w, c))}, {_tensor((kh, kw, c, f))}) outs(%acc : {out}) -> {out}',
    ]
    conv = OpInfo(
        tag="op1", name="linalg.conv_2d_nhwc_hwcf", index=1, loop_ranges=(n, oh, ow, f, kh, kw, c),
        iterator_types=(P, P, P, P, R, R, R),
        loads=(_access({0: 1}, {1: 1, 4: 1}, {2: 1, 5: 1}, {6: 1}, loops=7),
               _access({4: 1}, {5: 1}, {6: 1}, {3: 1}, loops=7)),
        stores=(_identity(7, (0, 1, 2, 3)),), op_counts={"add": 1, "mul": 1}, vectorizable=True,
        producers=(("op0", 2),),
    )
    ops = [_fill_info("op0", 0, (n, oh, ow, f), consumers=("op1",)), conv]
    return _program("conv_2d_nhwc_hwcf", arguments, body, [("%conv", "O")], ops)


def pooling_nchw_max_program(n=1, c=16, h=18, w=18, kh=3, kw=3) -> Program:
    """op0 = fill(-inf), op1 = pooling_nchw_max with stride 1, loops (n, c, oh, ow, kh, kw)."""
    oh, ow = h - kh + 1, w - kw + 1
    out = _tensor((n, c, oh, ow))
    arguments = [("I", (n, c, h, w), False), ("O", (n, c, oh, ow), True)]
    body = [
        "%ninf = arith.constant 0xFF800000 : f32",
        f"%window = tensor.empty() : {_tensor((kh, kw))}",
        f'%acc = linalg.fill {{tag = "op0"}} ins(%ninf : f32) outs(%O_init : {out}) -> {out}',
        '%pool = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>, '
        f'tag = "op1"}} ins(%I, %window : {_tensor((n, c, h, w))}, {_tensor((kh, kw))}) outs(%acc : {out}) -> {out}',
    ]
    pool = OpInfo(
        tag="op1", name="linalg.pooling_nchw_max", index=1, loop_ranges=(n, c, oh, ow, kh, kw),
        iterator_types=(P, P, P, P, R, R),
        loads=(_access({0: 1}, {1: 1}, {2: 1, 4: 1}, {3: 1, 5: 1}, loops=6), _access({4: 1}, {5: 1}, loops=6)),
        stores=(_identity(6, (0, 1, 2, 3)),), op_counts={"max": 1}, vectorizable=True,
        producers=(("op0", 2),),
    )
    ops = [_fill_info("op0", 0, (n, c, oh, ow), consumers=("op1",)), pool]
    return _program("pooling_nchw_max", arguments, body, [("%pool", "O")], ops)


def add_program(m: int = 64, n: int = 128) -> Program:
    """op0 = linalg.add of two inputs into the output."""
    t = _tensor((m, n))
    arguments = [("X", (m, n), False), ("Y", (m, n), False), ("Z", (m, n), True)]
    body = [f'%sum = linalg.add {{tag = "op0"}} ins(%X, %Y : {t}, {t}) outs(%Z_init : {t}) -> {t}']
    op = OpInfo(
        tag="op0", name="linalg.add", index=0, loop_ranges=(m, n), iterator_types=(P, P),
        loads=(_identity(2, (0, 1)), _identity(2, (0, 1))), stores=(_identity(2, (0, 1)),),
        op_counts={"add": 1}, vectorizable=True,
    )
    return _program("add", arguments, body, [("%sum", "Z")], [op])


def relu_program(m: int = 64, n: int = 128) -> Program:
    """op0 = linalg.generic max(x, 0) into the output."""
    t = _tensor((m, n))
    arguments = [("X", (m, n), False), ("Z", (m, n), True)]
    body = [
        "%zero = arith.constant 0.0 : f32",
        "%relu = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], "
        f'iterator_types = ["parallel", "parallel"]}} ins(%X : {t}) outs(%Z_init : {t}) attrs = {{tag = "op0"}} {{',
        "^bb0(%in: f32, %out: f32):",
        "  %max = arith.maximumf %in, %zero : f32",
        "  linalg.yield %max : f32",
        f"}} -> {t}",
    ]
    op = OpInfo(
        tag="op0", name="linalg.generic", index=0, loop_ranges=(m, n), iterator_types=(P, P),
        loads=(_identity(2, (0, 1)),), stores=(_identity(2, (0, 1)),), op_counts={"max": 1}, vectorizable=True,
    )
    return _program("relu", arguments, body, [("%relu", "Z")], [op])


def accumulating_matmul_program(m: int = 32, n: int = 32, k: int = 16) -> Program:
    """op0 = matmul that accumulates into the output's previous contents (no fill)."""
    c = _tensor((m, n))
    arguments = [("A", (m, k), False), ("B", (k, n), False), ("C", (m, n), True)]
    body = [
        f'%prod = linalg.matmul {{tag = "op0"}} ins(%A, %B : {_tensor((m, k))}, {_tensor((k, n))}) '
        f"outs(%C_init : {c}) -> {c}",
    ]
    op = OpInfo(
        tag="op0", name="linalg.matmul", index=0, loop_ranges=(m, n, k), iterator_types=(P, P, R),
        loads=(_access({0: 1}, {2: 1}, loops=3), _access({2: 1}, {1: 1}, loops=3)),
        stores=(_identity(3, (0, 1)),), op_counts={"add": 1, "mul": 1}, vectorizable=True,
    )
    return _program("matmul_accumulate", arguments, body, [("%prod", "C")], [op])


# (name, program factory, schedule): every action kind on every test kernel.
SCHEDULE_CASES = [
    ("matmul_tile_vectorize", lambda: matmul_program(64, 48, 32), "op1:T(32,16,8),T(8,16,4),V"),
    ("matmul_interchange", lambda: matmul_program(64, 48, 32), "op1:I(0,2,1),T(8,8,16),V"),
    ("matmul_parallel", lambda: matmul_program(64, 48, 32), "op1:TP(16,16,8),T(8,16,4),V"),
    ("matmul_fusion", lambda: matmul_program(64, 48, 32), "op1:TPF(op0;16,16,8),T(8,16,4),V;op0@op1:V"),
    ("matmul_no_transformation", lambda: matmul_program(64, 48, 32), "op1:NT;op0:NT"),
    ("chain_fusion", lambda: matmul_program(64, 48, 32, relu=True), "op2:TPF(op1;16,16),V;op1@op2:T(8,16,8),V;op0:V"),
    ("conv_nchw", lambda: conv_nchw_program(), "op1:T(0,8,1,16,4,1,3),V"),
    ("conv_nchw_parallel", lambda: conv_nchw_program(), "op1:TP(0,8,4,0,0,0,0),T(0,0,1,16,4,1,3),V"),
    ("conv_nchw_small_vectorize", lambda: conv_nchw_program(n=1, c=2, h=6, w=10, f=4), "op1:V"),
    ("conv_nhwc", lambda: conv_nhwc_program(), "op1:T(0,1,16,8,1,3,4),V"),
    ("conv_nhwc_fusion", lambda: conv_nhwc_program(), "op1:TPF(op0;0,4,0,8,0,0,0),T(0,1,16,8,1,3,4),V"),
    ("pooling", lambda: pooling_nchw_max_program(), "op1:T(0,4,1,16,1,3),V"),
    ("pooling_interchange", lambda: pooling_nchw_max_program(), "op1:I(0,1,2,4,3,5),T(0,4,4,1,16,1)"),
    ("add", lambda: add_program(), "op0:T(8,32),V"),
    ("add_parallel", lambda: add_program(), "op0:TP(16,64),V"),
    ("relu", lambda: relu_program(), "op0:TP(16,0),T(4,32),V"),
    ("relu_interchange", lambda: relu_program(), "op0:I(1,0),T(32,8),V"),
    ("accumulating_matmul", lambda: accumulating_matmul_program(), "op0:T(8,16,4),V"),
]

