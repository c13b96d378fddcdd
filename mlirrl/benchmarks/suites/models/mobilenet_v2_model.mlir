#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map3 = affine_map<(d0, d1, d2, d3) -> ()>
#map4 = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
module {
  func.func @main(%arg0: tensor<1x3x32x32xf32>, %arg1: tensor<1280xf32>, %arg2: tensor<1280xf32>, %arg3: tensor<1280xf32>, %arg4: tensor<1280xf32>, %arg5: tensor<1280x80x1x1xf32>, %arg6: tensor<80xf32>, %arg7: tensor<80xf32>, %arg8: tensor<80xf32>, %arg9: tensor<80xf32>, %arg10: tensor<80x240x1x1xf32>, %arg11: tensor<240xf32>, %arg12: tensor<240xf32>, %arg13: tensor<240xf32>, %arg14: tensor<240xf32>, %arg15: tensor<240x1x3x3xf32>, %arg16: tensor<240xf32>, %arg17: tensor<240xf32>, %arg18: tensor<240xf32>, %arg19: tensor<240xf32>, %arg20: tensor<240x40x1x1xf32>, %arg21: tensor<40xf32>, %arg22: tensor<40xf32>, %arg23: tensor<40xf32>, %arg24: tensor<40xf32>, %arg25: tensor<40x240x1x1xf32>, %arg26: tensor<240xf32>, %arg27: tensor<240xf32>, %arg28: tensor<240xf32>, %arg29: tensor<240xf32>, %arg30: tensor<240x1x3x3xf32>, %arg31: tensor<240xf32>, %arg32: tensor<240xf32>, %arg33: tensor<240xf32>, %arg34: tensor<240xf32>, %arg35: tensor<240x40x1x1xf32>, %arg36: tensor<40xf32>, %arg37: tensor<40xf32>, %arg38: tensor<40xf32>, %arg39: tensor<40xf32>, %arg40: tensor<40x240x1x1xf32>, %arg41: tensor<240xf32>, %arg42: tensor<240xf32>, %arg43: tensor<240xf32>, %arg44: tensor<240xf32>, %arg45: tensor<240x1x3x3xf32>, %arg46: tensor<240xf32>, %arg47: tensor<240xf32>, %arg48: tensor<240xf32>, %arg49: tensor<240xf32>, %arg50: tensor<240x40x1x1xf32>, %arg51: tensor<40xf32>, %arg52: tensor<40xf32>, %arg53: tensor<40xf32>, %arg54: tensor<40xf32>, %arg55: tensor<40x144x1x1xf32>, %arg56: tensor<144xf32>, %arg57: tensor<144xf32>, %arg58: tensor<144xf32>, %arg59: tensor<144xf32>, %arg60: tensor<144x1x3x3xf32>, %arg61: tensor<144xf32>, %arg62: tensor<144xf32>, %arg63: tensor<144xf32>, %arg64: tensor<144xf32>, %arg65: tensor<144x24x1x1xf32>, %arg66: tensor<24xf32>, %arg67: tensor<24xf32>, %arg68: tensor<24xf32>, %arg69: tensor<24xf32>, %arg70: tensor<24x144x1x1xf32>, %arg71: tensor<144xf32>, %arg72: tensor<144xf32>, %arg73: tensor<144xf32>, %arg74: tensor<144xf32>, %arg75: tensor<144x1x3x3xf32>, %arg76: tensor<144xf32>, %arg77: tensor<144xf32>, %arg78: tensor<144xf32>, %arg79: tensor<144xf32>, %arg80: tensor<144x24x1x1xf32>, %arg81: tensor<24xf32>, %arg82: tensor<24xf32>, %arg83: tensor<24xf32>, %arg84: tensor<24xf32>, %arg85: tensor<24x144x1x1xf32>, %arg86: tensor<144xf32>, %arg87: tensor<144xf32>, %arg88: tensor<144xf32>, %arg89: tensor<144xf32>, %arg90: tensor<144x1x3x3xf32>, %arg91: tensor<144xf32>, %arg92: tensor<144xf32>, %arg93: tensor<144xf32>, %arg94: tensor<144xf32>, %arg95: tensor<144x24x1x1xf32>, %arg96: tensor<24xf32>, %arg97: tensor<24xf32>, %arg98: tensor<24xf32>, %arg99: tensor<24xf32>, %arg100: tensor<24x96x1x1xf32>, %arg101: tensor<96xf32>, %arg102: tensor<96xf32>, %arg103: tensor<96xf32>, %arg104: tensor<96xf32>, %arg105: tensor<96x1x3x3xf32>, %arg106: tensor<96xf32>, %arg107: tensor<96xf32>, %arg108: tensor<96xf32>, %arg109: tensor<96xf32>, %arg110: tensor<96x16x1x1xf32>, %arg111: tensor<16xf32>, %arg112: tensor<16xf32>, %arg113: tensor<16xf32>, %arg114: tensor<16xf32>, %arg115: tensor<16x96x1x1xf32>, %arg116: tensor<96xf32>, %arg117: tensor<96xf32>, %arg118: tensor<96xf32>, %arg119: tensor<96xf32>, %arg120: tensor<96x1x3x3xf32>, %arg121: tensor<96xf32>, %arg122: tensor<96xf32>, %arg123: tensor<96xf32>, %arg124: tensor<96xf32>, %arg125: tensor<96x16x1x1xf32>, %arg126: tensor<16xf32>, %arg127: tensor<16xf32>, %arg128: tensor<16xf32>, %arg129: tensor<16xf32>, %arg130: tensor<16x96x1x1xf32>, %arg131: tensor<96xf32>, %arg132: tensor<96xf32>, %arg133: tensor<96xf32>, %arg134: tensor<96xf32>, %arg135: tensor<96x1x3x3xf32>, %arg136: tensor<96xf32>, %arg137: tensor<96xf32>, %arg138: tensor<96xf32>, %arg139: tensor<96xf32>, %arg140: tensor<96x16x1x1xf32>, %arg141: tensor<16xf32>, %arg142: tensor<16xf32>, %arg143: tensor<16xf32>, %arg144: tensor<16xf32>, %arg145: tensor<16x96x1x1xf32>, %arg146: tensor<96xf32>, %arg147: tensor<96xf32>, %arg148: tensor<96xf32>, %arg149: tensor<96xf32>, %arg150: tensor<96x1x3x3xf32>, %arg151: tensor<96xf32>, %arg152: tensor<96xf32>, %arg153: tensor<96xf32>, %arg154: tensor<96xf32>, %arg155: tensor<96x16x1x1xf32>, %arg156: tensor<16xf32>, %arg157: tensor<16xf32>, %arg158: tensor<16xf32>, %arg159: tensor<16xf32>, %arg160: tensor<16x48x1x1xf32>, %arg161: tensor<48xf32>, %arg162: tensor<48xf32>, %arg163: tensor<48xf32>, %arg164: tensor<48xf32>, %arg165: tensor<48x1x3x3xf32>, %arg166: tensor<48xf32>, %arg167: tensor<48xf32>, %arg168: tensor<48xf32>, %arg169: tensor<48xf32>, %arg170: tensor<48x8x1x1xf32>, %arg171: tensor<8xf32>, %arg172: tensor<8xf32>, %arg173: tensor<8xf32>, %arg174: tensor<8xf32>, %arg175: tensor<8x48x1x1xf32>, %arg176: tensor<48xf32>, %arg177: tensor<48xf32>, %arg178: tensor<48xf32>, %arg179: tensor<48xf32>, %arg180: tensor<48x1x3x3xf32>, %arg181: tensor<48xf32>, %arg182: tensor<48xf32>, %arg183: tensor<48xf32>, %arg184: tensor<48xf32>, %arg185: tensor<48x8x1x1xf32>, %arg186: tensor<8xf32>, %arg187: tensor<8xf32>, %arg188: tensor<8xf32>, %arg189: tensor<8xf32>, %arg190: tensor<8x48x1x1xf32>, %arg191: tensor<48xf32>, %arg192: tensor<48xf32>, %arg193: tensor<48xf32>, %arg194: tensor<48xf32>, %arg195: tensor<48x1x3x3xf32>, %arg196: tensor<48xf32>, %arg197: tensor<48xf32>, %arg198: tensor<48xf32>, %arg199: tensor<48xf32>, %arg200: tensor<48x8x1x1xf32>, %arg201: tensor<8xf32>, %arg202: tensor<8xf32>, %arg203: tensor<8xf32>, %arg204: tensor<8xf32>, %arg205: tensor<8x48x1x1xf32>, %arg206: tensor<48xf32>, %arg207: tensor<48xf32>, %arg208: tensor<48xf32>, %arg209: tensor<48xf32>, %arg210: tensor<48x1x3x3xf32>, %arg211: tensor<48xf32>, %arg212: tensor<48xf32>, %arg213: tensor<48xf32>, %arg214: tensor<48xf32>, %arg215: tensor<48x8x1x1xf32>, %arg216: tensor<8xf32>, %arg217: tensor<8xf32>, %arg218: tensor<8xf32>, %arg219: tensor<8xf32>, %arg220: tensor<8x48x1x1xf32>, %arg221: tensor<48xf32>, %arg222: tensor<48xf32>, %arg223: tensor<48xf32>, %arg224: tensor<48xf32>, %arg225: tensor<48x1x3x3xf32>, %arg226: tensor<48xf32>, %arg227: tensor<48xf32>, %arg228: tensor<48xf32>, %arg229: tensor<48xf32>, %arg230: tensor<48x8x1x1xf32>, %arg231: tensor<8xf32>, %arg232: tensor<8xf32>, %arg233: tensor<8xf32>, %arg234: tensor<8xf32>, %arg235: tensor<8x48x1x1xf32>, %arg236: tensor<48xf32>, %arg237: tensor<48xf32>, %arg238: tensor<48xf32>, %arg239: tensor<48xf32>, %arg240: tensor<48x1x3x3xf32>, %arg241: tensor<48xf32>, %arg242: tensor<48xf32>, %arg243: tensor<48xf32>, %arg244: tensor<48xf32>, %arg245: tensor<48x8x1x1xf32>, %arg246: tensor<8xf32>, %arg247: tensor<8xf32>, %arg248: tensor<8xf32>, %arg249: tensor<8xf32>, %arg250: tensor<8x8x1x1xf32>, %arg251: tensor<8xf32>, %arg252: tensor<8xf32>, %arg253: tensor<8xf32>, %arg254: tensor<8xf32>, %arg255: tensor<8x1x3x3xf32>, %arg256: tensor<8xf32>, %arg257: tensor<8xf32>, %arg258: tensor<8xf32>, %arg259: tensor<8xf32>, %arg260: tensor<8x3x3x3xf32>) -> tensor<1x1280xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant dense<6.000000e+00> : tensor<f32>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant 1.000000e-03 : f64
    %padded = tensor.pad %arg0 low[0, 0, 0, 0] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x3x32x32xf32> to tensor<1x3x33x33xf32>
    %0 = tensor.empty() : tensor<1x8x16x16xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
    %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded, %arg260 : tensor<1x3x33x33xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
    %3 = tensor.empty() : tensor<8xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg258 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%4 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<8xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%5 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %expanded = tensor.expand_shape %arg259 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_4 = tensor.expand_shape %6 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %expanded : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %expanded_4 : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %expanded_5 = tensor.expand_shape %arg257 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %expanded_5 : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %expanded_6 = tensor.expand_shape %arg256 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9, %expanded_6 : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %11 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %cst_2 : tensor<1x8x16x16xf32>, tensor<f32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x8x16x16xf32>
    %12 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %11 : tensor<f32>, tensor<1x8x16x16xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x8x16x16xf32>
    %padded_7 = tensor.pad %12 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x8x16x16xf32> to tensor<1x8x18x18xf32>
    %collapsed = tensor.collapse_shape %arg255 [[0, 1], [2], [3]] : tensor<8x1x3x3xf32> into tensor<8x3x3xf32>
    %13 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_7, %collapsed : tensor<1x8x18x18xf32>, tensor<8x3x3xf32>) outs(%1 : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg253 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%14 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<8xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%15 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %expanded_8 = tensor.expand_shape %arg254 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_9 = tensor.expand_shape %16 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %expanded_8 : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %expanded_9 : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %expanded_10 = tensor.expand_shape %arg252 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %expanded_10 : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %expanded_11 = tensor.expand_shape %arg251 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19, %expanded_11 : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %cst_2 : tensor<1x8x16x16xf32>, tensor<f32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x8x16x16xf32>
    %22 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %21 : tensor<f32>, tensor<1x8x16x16xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x8x16x16xf32>
    %23 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%22, %arg250 : tensor<1x8x16x16xf32>, tensor<8x8x1x1xf32>) outs(%1 : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg248 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %25 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%24 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<8xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%25 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %expanded_12 = tensor.expand_shape %arg249 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_13 = tensor.expand_shape %26 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23, %expanded_12 : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27, %expanded_13 : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %expanded_14 = tensor.expand_shape %arg247 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%28, %expanded_14 : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %expanded_15 = tensor.expand_shape %arg246 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%29, %expanded_15 : tensor<1x8x16x16xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x16x16xf32>
    %31 = tensor.empty() : tensor<1x48x16x16xf32>
    %32 = linalg.fill ins(%cst : f32) outs(%31 : tensor<1x48x16x16xf32>) -> tensor<1x48x16x16xf32>
    %33 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%30, %arg245 : tensor<1x8x16x16xf32>, tensor<48x8x1x1xf32>) outs(%32 : tensor<1x48x16x16xf32>) -> tensor<1x48x16x16xf32>
    %34 = tensor.empty() : tensor<48xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg243 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %36 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%35 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %37 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%36 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_16 = tensor.expand_shape %arg244 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_17 = tensor.expand_shape %37 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33, %expanded_16 : tensor<1x48x16x16xf32>, tensor<48x1x1xf32>) outs(%31 : tensor<1x48x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x16x16xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %expanded_17 : tensor<1x48x16x16xf32>, tensor<48x1x1xf32>) outs(%31 : tensor<1x48x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x16x16xf32>
    %expanded_18 = tensor.expand_shape %arg242 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %expanded_18 : tensor<1x48x16x16xf32>, tensor<48x1x1xf32>) outs(%31 : tensor<1x48x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x16x16xf32>
    %expanded_19 = tensor.expand_shape %arg241 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %expanded_19 : tensor<1x48x16x16xf32>, tensor<48x1x1xf32>) outs(%31 : tensor<1x48x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x16x16xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41, %cst_2 : tensor<1x48x16x16xf32>, tensor<f32>) outs(%31 : tensor<1x48x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x16x16xf32>
    %43 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %42 : tensor<f32>, tensor<1x48x16x16xf32>) outs(%31 : tensor<1x48x16x16xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x16x16xf32>
    %padded_20 = tensor.pad %43 low[0, 0, 0, 0] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x48x16x16xf32> to tensor<1x48x17x17xf32>
    %44 = tensor.empty() : tensor<1x48x8x8xf32>
    %45 = linalg.fill ins(%cst : f32) outs(%44 : tensor<1x48x8x8xf32>) -> tensor<1x48x8x8xf32>
    %collapsed_21 = tensor.collapse_shape %arg240 [[0, 1], [2], [3]] : tensor<48x1x3x3xf32> into tensor<48x3x3xf32>
    %46 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_20, %collapsed_21 : tensor<1x48x17x17xf32>, tensor<48x3x3xf32>) outs(%45 : tensor<1x48x8x8xf32>) -> tensor<1x48x8x8xf32>
    %47 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg238 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %48 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%47 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %49 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%48 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_22 = tensor.expand_shape %arg239 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_23 = tensor.expand_shape %49 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %50 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46, %expanded_22 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %51 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %expanded_23 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %expanded_24 = tensor.expand_shape %arg237 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %52 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %expanded_24 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %expanded_25 = tensor.expand_shape %arg236 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %53 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %expanded_25 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %54 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %cst_2 : tensor<1x48x8x8xf32>, tensor<f32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x8x8xf32>
    %55 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %54 : tensor<f32>, tensor<1x48x8x8xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x8x8xf32>
    %56 = tensor.empty() : tensor<1x8x8x8xf32>
    %57 = linalg.fill ins(%cst : f32) outs(%56 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %58 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%55, %arg235 : tensor<1x48x8x8xf32>, tensor<8x48x1x1xf32>) outs(%57 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %59 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg233 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %60 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%59 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<8xf32>
    %61 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%60 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %expanded_26 = tensor.expand_shape %arg234 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_27 = tensor.expand_shape %61 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %62 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %expanded_26 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%56 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x8x8xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %expanded_27 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%56 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_28 = tensor.expand_shape %arg232 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_28 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%56 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_29 = tensor.expand_shape %arg231 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %expanded_29 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%56 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x8x8xf32>
    %66 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%65, %arg230 : tensor<1x8x8x8xf32>, tensor<48x8x1x1xf32>) outs(%45 : tensor<1x48x8x8xf32>) -> tensor<1x48x8x8xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg228 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%67 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %69 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%68 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_30 = tensor.expand_shape %arg229 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_31 = tensor.expand_shape %69 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %expanded_30 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %expanded_31 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %expanded_32 = tensor.expand_shape %arg227 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71, %expanded_32 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %expanded_33 = tensor.expand_shape %arg226 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72, %expanded_33 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73, %cst_2 : tensor<1x48x8x8xf32>, tensor<f32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x8x8xf32>
    %75 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %74 : tensor<f32>, tensor<1x48x8x8xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x8x8xf32>
    %padded_34 = tensor.pad %75 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x48x8x8xf32> to tensor<1x48x10x10xf32>
    %collapsed_35 = tensor.collapse_shape %arg225 [[0, 1], [2], [3]] : tensor<48x1x3x3xf32> into tensor<48x3x3xf32>
    %76 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_34, %collapsed_35 : tensor<1x48x10x10xf32>, tensor<48x3x3xf32>) outs(%45 : tensor<1x48x8x8xf32>) -> tensor<1x48x8x8xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg223 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %78 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%77 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %79 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%78 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_36 = tensor.expand_shape %arg224 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_37 = tensor.expand_shape %79 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76, %expanded_36 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80, %expanded_37 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %expanded_38 = tensor.expand_shape %arg222 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81, %expanded_38 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %expanded_39 = tensor.expand_shape %arg221 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82, %expanded_39 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83, %cst_2 : tensor<1x48x8x8xf32>, tensor<f32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x8x8xf32>
    %85 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %84 : tensor<f32>, tensor<1x48x8x8xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x8x8xf32>
    %86 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%85, %arg220 : tensor<1x48x8x8xf32>, tensor<8x48x1x1xf32>) outs(%57 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg218 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %88 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%87 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<8xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%88 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %expanded_40 = tensor.expand_shape %arg219 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_41 = tensor.expand_shape %89 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%86, %expanded_40 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%56 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x8x8xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%90, %expanded_41 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%56 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_42 = tensor.expand_shape %arg217 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%91, %expanded_42 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%56 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_43 = tensor.expand_shape %arg216 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%92, %expanded_43 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%56 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x8x8xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %93 : tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) outs(%56 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x8x8xf32>
    %95 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%94, %arg215 : tensor<1x8x8x8xf32>, tensor<48x8x1x1xf32>) outs(%45 : tensor<1x48x8x8xf32>) -> tensor<1x48x8x8xf32>
    %96 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg213 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %97 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%96 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %98 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%97 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_44 = tensor.expand_shape %arg214 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_45 = tensor.expand_shape %98 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%95, %expanded_44 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%99, %expanded_45 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %expanded_46 = tensor.expand_shape %arg212 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%100, %expanded_46 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %expanded_47 = tensor.expand_shape %arg211 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%101, %expanded_47 : tensor<1x48x8x8xf32>, tensor<48x1x1xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x8x8xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%102, %cst_2 : tensor<1x48x8x8xf32>, tensor<f32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x8x8xf32>
    %104 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %103 : tensor<f32>, tensor<1x48x8x8xf32>) outs(%44 : tensor<1x48x8x8xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x8x8xf32>
    %padded_48 = tensor.pad %104 low[0, 0, 0, 0] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x48x8x8xf32> to tensor<1x48x9x9xf32>
    %105 = tensor.empty() : tensor<1x48x4x4xf32>
    %106 = linalg.fill ins(%cst : f32) outs(%105 : tensor<1x48x4x4xf32>) -> tensor<1x48x4x4xf32>
    %collapsed_49 = tensor.collapse_shape %arg210 [[0, 1], [2], [3]] : tensor<48x1x3x3xf32> into tensor<48x3x3xf32>
    %107 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_48, %collapsed_49 : tensor<1x48x9x9xf32>, tensor<48x3x3xf32>) outs(%106 : tensor<1x48x4x4xf32>) -> tensor<1x48x4x4xf32>
    %108 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg208 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %109 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%108 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %110 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%109 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_50 = tensor.expand_shape %arg209 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_51 = tensor.expand_shape %110 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%107, %expanded_50 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%111, %expanded_51 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_52 = tensor.expand_shape %arg207 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%112, %expanded_52 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_53 = tensor.expand_shape %arg206 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%113, %expanded_53 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%114, %cst_2 : tensor<1x48x4x4xf32>, tensor<f32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %116 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %115 : tensor<f32>, tensor<1x48x4x4xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %117 = tensor.empty() : tensor<1x8x4x4xf32>
    %118 = linalg.fill ins(%cst : f32) outs(%117 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %119 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%116, %arg205 : tensor<1x48x4x4xf32>, tensor<8x48x1x1xf32>) outs(%118 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %120 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg203 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %121 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%120 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<8xf32>
    %122 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%121 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %expanded_54 = tensor.expand_shape %arg204 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_55 = tensor.expand_shape %122 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%119, %expanded_54 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123, %expanded_55 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_56 = tensor.expand_shape %arg202 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124, %expanded_56 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_57 = tensor.expand_shape %arg201 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%125, %expanded_57 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %127 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%126, %arg200 : tensor<1x8x4x4xf32>, tensor<48x8x1x1xf32>) outs(%106 : tensor<1x48x4x4xf32>) -> tensor<1x48x4x4xf32>
    %128 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg198 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %129 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%128 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %130 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%129 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_58 = tensor.expand_shape %arg199 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_59 = tensor.expand_shape %130 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%127, %expanded_58 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%131, %expanded_59 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_60 = tensor.expand_shape %arg197 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %133 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%132, %expanded_60 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_61 = tensor.expand_shape %arg196 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%133, %expanded_61 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%134, %cst_2 : tensor<1x48x4x4xf32>, tensor<f32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %136 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %135 : tensor<f32>, tensor<1x48x4x4xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %padded_62 = tensor.pad %136 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x48x4x4xf32> to tensor<1x48x6x6xf32>
    %collapsed_63 = tensor.collapse_shape %arg195 [[0, 1], [2], [3]] : tensor<48x1x3x3xf32> into tensor<48x3x3xf32>
    %137 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_62, %collapsed_63 : tensor<1x48x6x6xf32>, tensor<48x3x3xf32>) outs(%106 : tensor<1x48x4x4xf32>) -> tensor<1x48x4x4xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg193 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %139 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%138 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %140 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%139 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_64 = tensor.expand_shape %arg194 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_65 = tensor.expand_shape %140 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%137, %expanded_64 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%141, %expanded_65 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_66 = tensor.expand_shape %arg192 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%142, %expanded_66 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_67 = tensor.expand_shape %arg191 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143, %expanded_67 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%144, %cst_2 : tensor<1x48x4x4xf32>, tensor<f32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %146 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %145 : tensor<f32>, tensor<1x48x4x4xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %147 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%146, %arg190 : tensor<1x48x4x4xf32>, tensor<8x48x1x1xf32>) outs(%118 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %148 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg188 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%148 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<8xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%149 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %expanded_68 = tensor.expand_shape %arg189 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_69 = tensor.expand_shape %150 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%147, %expanded_68 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%151, %expanded_69 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_70 = tensor.expand_shape %arg187 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%152, %expanded_70 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_71 = tensor.expand_shape %arg186 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%153, %expanded_71 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%126, %154 : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %156 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%155, %arg185 : tensor<1x8x4x4xf32>, tensor<48x8x1x1xf32>) outs(%106 : tensor<1x48x4x4xf32>) -> tensor<1x48x4x4xf32>
    %157 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg183 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %158 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%157 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %159 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%158 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_72 = tensor.expand_shape %arg184 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_73 = tensor.expand_shape %159 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%156, %expanded_72 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%160, %expanded_73 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_74 = tensor.expand_shape %arg182 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%161, %expanded_74 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_75 = tensor.expand_shape %arg181 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%162, %expanded_75 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%163, %cst_2 : tensor<1x48x4x4xf32>, tensor<f32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %165 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %164 : tensor<f32>, tensor<1x48x4x4xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %padded_76 = tensor.pad %165 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x48x4x4xf32> to tensor<1x48x6x6xf32>
    %collapsed_77 = tensor.collapse_shape %arg180 [[0, 1], [2], [3]] : tensor<48x1x3x3xf32> into tensor<48x3x3xf32>
    %166 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_76, %collapsed_77 : tensor<1x48x6x6xf32>, tensor<48x3x3xf32>) outs(%106 : tensor<1x48x4x4xf32>) -> tensor<1x48x4x4xf32>
    %167 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg178 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %168 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%167 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %169 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%168 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_78 = tensor.expand_shape %arg179 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_79 = tensor.expand_shape %169 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %170 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%166, %expanded_78 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %171 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%170, %expanded_79 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_80 = tensor.expand_shape %arg177 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %172 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%171, %expanded_80 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_81 = tensor.expand_shape %arg176 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%172, %expanded_81 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %174 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%173, %cst_2 : tensor<1x48x4x4xf32>, tensor<f32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %175 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %174 : tensor<f32>, tensor<1x48x4x4xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %176 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%175, %arg175 : tensor<1x48x4x4xf32>, tensor<8x48x1x1xf32>) outs(%118 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %177 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg173 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %178 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%177 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<8xf32>
    %179 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%178 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<8xf32>
    %expanded_82 = tensor.expand_shape %arg174 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_83 = tensor.expand_shape %179 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %180 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%176, %expanded_82 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %181 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%180, %expanded_83 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_84 = tensor.expand_shape %arg172 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %182 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%181, %expanded_84 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_85 = tensor.expand_shape %arg171 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %183 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%182, %expanded_85 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %184 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%155, %183 : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%117 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x8x4x4xf32>
    %185 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%184, %arg170 : tensor<1x8x4x4xf32>, tensor<48x8x1x1xf32>) outs(%106 : tensor<1x48x4x4xf32>) -> tensor<1x48x4x4xf32>
    %186 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg168 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %187 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%186 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %188 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%187 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_86 = tensor.expand_shape %arg169 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_87 = tensor.expand_shape %188 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %189 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%185, %expanded_86 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %190 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%189, %expanded_87 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_88 = tensor.expand_shape %arg167 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %191 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%190, %expanded_88 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %expanded_89 = tensor.expand_shape %arg166 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %192 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%191, %expanded_89 : tensor<1x48x4x4xf32>, tensor<48x1x1xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x4x4xf32>
    %193 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%192, %cst_2 : tensor<1x48x4x4xf32>, tensor<f32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %194 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %193 : tensor<f32>, tensor<1x48x4x4xf32>) outs(%105 : tensor<1x48x4x4xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x4x4xf32>
    %padded_90 = tensor.pad %194 low[0, 0, 0, 0] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x48x4x4xf32> to tensor<1x48x5x5xf32>
    %195 = tensor.empty() : tensor<1x48x2x2xf32>
    %196 = linalg.fill ins(%cst : f32) outs(%195 : tensor<1x48x2x2xf32>) -> tensor<1x48x2x2xf32>
    %collapsed_91 = tensor.collapse_shape %arg165 [[0, 1], [2], [3]] : tensor<48x1x3x3xf32> into tensor<48x3x3xf32>
    %197 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_90, %collapsed_91 : tensor<1x48x5x5xf32>, tensor<48x3x3xf32>) outs(%196 : tensor<1x48x2x2xf32>) -> tensor<1x48x2x2xf32>
    %198 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg163 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %199 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%198 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<48xf32>
    %200 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%199 : tensor<48xf32>) outs(%34 : tensor<48xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<48xf32>
    %expanded_92 = tensor.expand_shape %arg164 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %expanded_93 = tensor.expand_shape %200 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %201 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%197, %expanded_92 : tensor<1x48x2x2xf32>, tensor<48x1x1xf32>) outs(%195 : tensor<1x48x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x2x2xf32>
    %202 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%201, %expanded_93 : tensor<1x48x2x2xf32>, tensor<48x1x1xf32>) outs(%195 : tensor<1x48x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x2x2xf32>
    %expanded_94 = tensor.expand_shape %arg162 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %203 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%202, %expanded_94 : tensor<1x48x2x2xf32>, tensor<48x1x1xf32>) outs(%195 : tensor<1x48x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x2x2xf32>
    %expanded_95 = tensor.expand_shape %arg161 [[0, 1, 2]] output_shape [48, 1, 1] : tensor<48xf32> into tensor<48x1x1xf32>
    %204 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%203, %expanded_95 : tensor<1x48x2x2xf32>, tensor<48x1x1xf32>) outs(%195 : tensor<1x48x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x48x2x2xf32>
    %205 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%204, %cst_2 : tensor<1x48x2x2xf32>, tensor<f32>) outs(%195 : tensor<1x48x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x2x2xf32>
    %206 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %205 : tensor<f32>, tensor<1x48x2x2xf32>) outs(%195 : tensor<1x48x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x48x2x2xf32>
    %207 = tensor.empty() : tensor<1x16x2x2xf32>
    %208 = linalg.fill ins(%cst : f32) outs(%207 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
    %209 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%206, %arg160 : tensor<1x48x2x2xf32>, tensor<16x48x1x1xf32>) outs(%208 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
    %210 = tensor.empty() : tensor<16xf32>
    %211 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg158 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<16xf32>
    %212 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%211 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<16xf32>
    %213 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%212 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<16xf32>
    %expanded_96 = tensor.expand_shape %arg159 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_97 = tensor.expand_shape %213 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %214 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%209, %expanded_96 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %215 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%214, %expanded_97 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %expanded_98 = tensor.expand_shape %arg157 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %216 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%215, %expanded_98 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %expanded_99 = tensor.expand_shape %arg156 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %217 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%216, %expanded_99 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %218 = tensor.empty() : tensor<1x96x2x2xf32>
    %219 = linalg.fill ins(%cst : f32) outs(%218 : tensor<1x96x2x2xf32>) -> tensor<1x96x2x2xf32>
    %220 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%217, %arg155 : tensor<1x16x2x2xf32>, tensor<96x16x1x1xf32>) outs(%219 : tensor<1x96x2x2xf32>) -> tensor<1x96x2x2xf32>
    %221 = tensor.empty() : tensor<96xf32>
    %222 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg153 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %223 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%222 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<96xf32>
    %224 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%223 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %expanded_100 = tensor.expand_shape %arg154 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %expanded_101 = tensor.expand_shape %224 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %225 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%220, %expanded_100 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %226 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%225, %expanded_101 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_102 = tensor.expand_shape %arg152 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %227 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%226, %expanded_102 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_103 = tensor.expand_shape %arg151 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %228 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%227, %expanded_103 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %229 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%228, %cst_2 : tensor<1x96x2x2xf32>, tensor<f32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %230 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %229 : tensor<f32>, tensor<1x96x2x2xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %padded_104 = tensor.pad %230 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x96x2x2xf32> to tensor<1x96x4x4xf32>
    %collapsed_105 = tensor.collapse_shape %arg150 [[0, 1], [2], [3]] : tensor<96x1x3x3xf32> into tensor<96x3x3xf32>
    %231 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_104, %collapsed_105 : tensor<1x96x4x4xf32>, tensor<96x3x3xf32>) outs(%219 : tensor<1x96x2x2xf32>) -> tensor<1x96x2x2xf32>
    %232 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg148 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %233 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%232 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<96xf32>
    %234 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%233 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %expanded_106 = tensor.expand_shape %arg149 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %expanded_107 = tensor.expand_shape %234 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %235 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%231, %expanded_106 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %236 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%235, %expanded_107 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_108 = tensor.expand_shape %arg147 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %237 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%236, %expanded_108 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_109 = tensor.expand_shape %arg146 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %238 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%237, %expanded_109 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%238, %cst_2 : tensor<1x96x2x2xf32>, tensor<f32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %240 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %239 : tensor<f32>, tensor<1x96x2x2xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %241 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%240, %arg145 : tensor<1x96x2x2xf32>, tensor<16x96x1x1xf32>) outs(%208 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
    %242 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg143 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<16xf32>
    %243 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%242 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<16xf32>
    %244 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%243 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<16xf32>
    %expanded_110 = tensor.expand_shape %arg144 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_111 = tensor.expand_shape %244 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %245 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%241, %expanded_110 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %246 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%245, %expanded_111 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %expanded_112 = tensor.expand_shape %arg142 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %247 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%246, %expanded_112 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %expanded_113 = tensor.expand_shape %arg141 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %248 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%247, %expanded_113 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %249 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%217, %248 : tensor<1x16x2x2xf32>, tensor<1x16x2x2xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %250 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%249, %arg140 : tensor<1x16x2x2xf32>, tensor<96x16x1x1xf32>) outs(%219 : tensor<1x96x2x2xf32>) -> tensor<1x96x2x2xf32>
    %251 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg138 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %252 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%251 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<96xf32>
    %253 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%252 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %expanded_114 = tensor.expand_shape %arg139 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %expanded_115 = tensor.expand_shape %253 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %254 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%250, %expanded_114 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %255 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%254, %expanded_115 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_116 = tensor.expand_shape %arg137 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %256 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%255, %expanded_116 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_117 = tensor.expand_shape %arg136 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %257 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%256, %expanded_117 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %258 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%257, %cst_2 : tensor<1x96x2x2xf32>, tensor<f32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %259 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %258 : tensor<f32>, tensor<1x96x2x2xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %padded_118 = tensor.pad %259 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x96x2x2xf32> to tensor<1x96x4x4xf32>
    %collapsed_119 = tensor.collapse_shape %arg135 [[0, 1], [2], [3]] : tensor<96x1x3x3xf32> into tensor<96x3x3xf32>
    %260 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_118, %collapsed_119 : tensor<1x96x4x4xf32>, tensor<96x3x3xf32>) outs(%219 : tensor<1x96x2x2xf32>) -> tensor<1x96x2x2xf32>
    %261 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg133 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %262 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%261 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<96xf32>
    %263 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%262 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %expanded_120 = tensor.expand_shape %arg134 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %expanded_121 = tensor.expand_shape %263 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%260, %expanded_120 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %265 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%264, %expanded_121 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_122 = tensor.expand_shape %arg132 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%265, %expanded_122 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_123 = tensor.expand_shape %arg131 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %267 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%266, %expanded_123 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %268 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%267, %cst_2 : tensor<1x96x2x2xf32>, tensor<f32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %269 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %268 : tensor<f32>, tensor<1x96x2x2xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %270 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%269, %arg130 : tensor<1x96x2x2xf32>, tensor<16x96x1x1xf32>) outs(%208 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
    %271 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg128 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<16xf32>
    %272 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%271 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<16xf32>
    %273 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%272 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<16xf32>
    %expanded_124 = tensor.expand_shape %arg129 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_125 = tensor.expand_shape %273 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %274 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%270, %expanded_124 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %275 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%274, %expanded_125 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %expanded_126 = tensor.expand_shape %arg127 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %276 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%275, %expanded_126 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %expanded_127 = tensor.expand_shape %arg126 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %277 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%276, %expanded_127 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %278 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%249, %277 : tensor<1x16x2x2xf32>, tensor<1x16x2x2xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %279 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%278, %arg125 : tensor<1x16x2x2xf32>, tensor<96x16x1x1xf32>) outs(%219 : tensor<1x96x2x2xf32>) -> tensor<1x96x2x2xf32>
    %280 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg123 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %281 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%280 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<96xf32>
    %282 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%281 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %expanded_128 = tensor.expand_shape %arg124 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %expanded_129 = tensor.expand_shape %282 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %283 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%279, %expanded_128 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %284 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%283, %expanded_129 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_130 = tensor.expand_shape %arg122 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %285 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%284, %expanded_130 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_131 = tensor.expand_shape %arg121 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %286 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%285, %expanded_131 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %287 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%286, %cst_2 : tensor<1x96x2x2xf32>, tensor<f32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %288 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %287 : tensor<f32>, tensor<1x96x2x2xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %padded_132 = tensor.pad %288 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x96x2x2xf32> to tensor<1x96x4x4xf32>
    %collapsed_133 = tensor.collapse_shape %arg120 [[0, 1], [2], [3]] : tensor<96x1x3x3xf32> into tensor<96x3x3xf32>
    %289 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_132, %collapsed_133 : tensor<1x96x4x4xf32>, tensor<96x3x3xf32>) outs(%219 : tensor<1x96x2x2xf32>) -> tensor<1x96x2x2xf32>
    %290 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg118 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %291 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%290 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<96xf32>
    %292 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%291 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %expanded_134 = tensor.expand_shape %arg119 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %expanded_135 = tensor.expand_shape %292 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %293 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%289, %expanded_134 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %294 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%293, %expanded_135 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_136 = tensor.expand_shape %arg117 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %295 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%294, %expanded_136 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_137 = tensor.expand_shape %arg116 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %296 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%295, %expanded_137 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %297 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%296, %cst_2 : tensor<1x96x2x2xf32>, tensor<f32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %298 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %297 : tensor<f32>, tensor<1x96x2x2xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %299 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%298, %arg115 : tensor<1x96x2x2xf32>, tensor<16x96x1x1xf32>) outs(%208 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
    %300 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg113 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<16xf32>
    %301 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%300 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<16xf32>
    %302 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%301 : tensor<16xf32>) outs(%210 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<16xf32>
    %expanded_138 = tensor.expand_shape %arg114 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_139 = tensor.expand_shape %302 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %303 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%299, %expanded_138 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %304 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%303, %expanded_139 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %expanded_140 = tensor.expand_shape %arg112 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %305 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%304, %expanded_140 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %expanded_141 = tensor.expand_shape %arg111 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %306 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%305, %expanded_141 : tensor<1x16x2x2xf32>, tensor<16x1x1xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %307 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%278, %306 : tensor<1x16x2x2xf32>, tensor<1x16x2x2xf32>) outs(%207 : tensor<1x16x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x16x2x2xf32>
    %308 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%307, %arg110 : tensor<1x16x2x2xf32>, tensor<96x16x1x1xf32>) outs(%219 : tensor<1x96x2x2xf32>) -> tensor<1x96x2x2xf32>
    %309 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg108 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %310 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%309 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<96xf32>
    %311 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%310 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %expanded_142 = tensor.expand_shape %arg109 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %expanded_143 = tensor.expand_shape %311 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %312 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%308, %expanded_142 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %313 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%312, %expanded_143 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_144 = tensor.expand_shape %arg107 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %314 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%313, %expanded_144 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_145 = tensor.expand_shape %arg106 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %315 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%314, %expanded_145 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %316 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%315, %cst_2 : tensor<1x96x2x2xf32>, tensor<f32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %317 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %316 : tensor<f32>, tensor<1x96x2x2xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %padded_146 = tensor.pad %317 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x96x2x2xf32> to tensor<1x96x4x4xf32>
    %collapsed_147 = tensor.collapse_shape %arg105 [[0, 1], [2], [3]] : tensor<96x1x3x3xf32> into tensor<96x3x3xf32>
    %318 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_146, %collapsed_147 : tensor<1x96x4x4xf32>, tensor<96x3x3xf32>) outs(%219 : tensor<1x96x2x2xf32>) -> tensor<1x96x2x2xf32>
    %319 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg103 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %320 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%319 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<96xf32>
    %321 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%320 : tensor<96xf32>) outs(%221 : tensor<96xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<96xf32>
    %expanded_148 = tensor.expand_shape %arg104 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %expanded_149 = tensor.expand_shape %321 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %322 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%318, %expanded_148 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %323 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%322, %expanded_149 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_150 = tensor.expand_shape %arg102 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %324 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%323, %expanded_150 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %expanded_151 = tensor.expand_shape %arg101 [[0, 1, 2]] output_shape [96, 1, 1] : tensor<96xf32> into tensor<96x1x1xf32>
    %325 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%324, %expanded_151 : tensor<1x96x2x2xf32>, tensor<96x1x1xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x96x2x2xf32>
    %326 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%325, %cst_2 : tensor<1x96x2x2xf32>, tensor<f32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %327 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %326 : tensor<f32>, tensor<1x96x2x2xf32>) outs(%218 : tensor<1x96x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x96x2x2xf32>
    %328 = tensor.empty() : tensor<1x24x2x2xf32>
    %329 = linalg.fill ins(%cst : f32) outs(%328 : tensor<1x24x2x2xf32>) -> tensor<1x24x2x2xf32>
    %330 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%327, %arg100 : tensor<1x96x2x2xf32>, tensor<24x96x1x1xf32>) outs(%329 : tensor<1x24x2x2xf32>) -> tensor<1x24x2x2xf32>
    %331 = tensor.empty() : tensor<24xf32>
    %332 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg98 : tensor<24xf32>) outs(%331 : tensor<24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<24xf32>
    %333 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%332 : tensor<24xf32>) outs(%331 : tensor<24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<24xf32>
    %334 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%333 : tensor<24xf32>) outs(%331 : tensor<24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<24xf32>
    %expanded_152 = tensor.expand_shape %arg99 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %expanded_153 = tensor.expand_shape %334 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %335 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%330, %expanded_152 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %336 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%335, %expanded_153 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %expanded_154 = tensor.expand_shape %arg97 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %337 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%336, %expanded_154 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %expanded_155 = tensor.expand_shape %arg96 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %338 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%337, %expanded_155 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %339 = tensor.empty() : tensor<1x144x2x2xf32>
    %340 = linalg.fill ins(%cst : f32) outs(%339 : tensor<1x144x2x2xf32>) -> tensor<1x144x2x2xf32>
    %341 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%338, %arg95 : tensor<1x24x2x2xf32>, tensor<144x24x1x1xf32>) outs(%340 : tensor<1x144x2x2xf32>) -> tensor<1x144x2x2xf32>
    %342 = tensor.empty() : tensor<144xf32>
    %343 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg93 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %344 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%343 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<144xf32>
    %345 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%344 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %expanded_156 = tensor.expand_shape %arg94 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %expanded_157 = tensor.expand_shape %345 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %346 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%341, %expanded_156 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %347 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%346, %expanded_157 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %expanded_158 = tensor.expand_shape %arg92 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %348 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%347, %expanded_158 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %expanded_159 = tensor.expand_shape %arg91 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %349 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%348, %expanded_159 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %350 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%349, %cst_2 : tensor<1x144x2x2xf32>, tensor<f32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x2x2xf32>
    %351 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %350 : tensor<f32>, tensor<1x144x2x2xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x2x2xf32>
    %padded_160 = tensor.pad %351 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x144x2x2xf32> to tensor<1x144x4x4xf32>
    %collapsed_161 = tensor.collapse_shape %arg90 [[0, 1], [2], [3]] : tensor<144x1x3x3xf32> into tensor<144x3x3xf32>
    %352 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_160, %collapsed_161 : tensor<1x144x4x4xf32>, tensor<144x3x3xf32>) outs(%340 : tensor<1x144x2x2xf32>) -> tensor<1x144x2x2xf32>
    %353 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg88 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %354 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%353 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<144xf32>
    %355 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%354 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %expanded_162 = tensor.expand_shape %arg89 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %expanded_163 = tensor.expand_shape %355 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %356 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%352, %expanded_162 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %357 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%356, %expanded_163 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %expanded_164 = tensor.expand_shape %arg87 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %358 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%357, %expanded_164 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %expanded_165 = tensor.expand_shape %arg86 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %359 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%358, %expanded_165 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %360 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%359, %cst_2 : tensor<1x144x2x2xf32>, tensor<f32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x2x2xf32>
    %361 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %360 : tensor<f32>, tensor<1x144x2x2xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x2x2xf32>
    %362 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%361, %arg85 : tensor<1x144x2x2xf32>, tensor<24x144x1x1xf32>) outs(%329 : tensor<1x24x2x2xf32>) -> tensor<1x24x2x2xf32>
    %363 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg83 : tensor<24xf32>) outs(%331 : tensor<24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<24xf32>
    %364 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%363 : tensor<24xf32>) outs(%331 : tensor<24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<24xf32>
    %365 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%364 : tensor<24xf32>) outs(%331 : tensor<24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<24xf32>
    %expanded_166 = tensor.expand_shape %arg84 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %expanded_167 = tensor.expand_shape %365 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %366 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%362, %expanded_166 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %367 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%366, %expanded_167 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %expanded_168 = tensor.expand_shape %arg82 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %368 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%367, %expanded_168 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %expanded_169 = tensor.expand_shape %arg81 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %369 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%368, %expanded_169 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %370 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%338, %369 : tensor<1x24x2x2xf32>, tensor<1x24x2x2xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %371 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%370, %arg80 : tensor<1x24x2x2xf32>, tensor<144x24x1x1xf32>) outs(%340 : tensor<1x144x2x2xf32>) -> tensor<1x144x2x2xf32>
    %372 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg78 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %373 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%372 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<144xf32>
    %374 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%373 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %expanded_170 = tensor.expand_shape %arg79 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %expanded_171 = tensor.expand_shape %374 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %375 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%371, %expanded_170 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %376 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%375, %expanded_171 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %expanded_172 = tensor.expand_shape %arg77 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %377 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%376, %expanded_172 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %expanded_173 = tensor.expand_shape %arg76 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %378 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%377, %expanded_173 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %379 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%378, %cst_2 : tensor<1x144x2x2xf32>, tensor<f32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x2x2xf32>
    %380 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %379 : tensor<f32>, tensor<1x144x2x2xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x2x2xf32>
    %padded_174 = tensor.pad %380 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x144x2x2xf32> to tensor<1x144x4x4xf32>
    %collapsed_175 = tensor.collapse_shape %arg75 [[0, 1], [2], [3]] : tensor<144x1x3x3xf32> into tensor<144x3x3xf32>
    %381 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_174, %collapsed_175 : tensor<1x144x4x4xf32>, tensor<144x3x3xf32>) outs(%340 : tensor<1x144x2x2xf32>) -> tensor<1x144x2x2xf32>
    %382 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg73 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %383 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%382 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<144xf32>
    %384 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%383 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %expanded_176 = tensor.expand_shape %arg74 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %expanded_177 = tensor.expand_shape %384 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %385 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%381, %expanded_176 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %386 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%385, %expanded_177 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %expanded_178 = tensor.expand_shape %arg72 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %387 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%386, %expanded_178 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %expanded_179 = tensor.expand_shape %arg71 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %388 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%387, %expanded_179 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %389 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%388, %cst_2 : tensor<1x144x2x2xf32>, tensor<f32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x2x2xf32>
    %390 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %389 : tensor<f32>, tensor<1x144x2x2xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x2x2xf32>
    %391 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%390, %arg70 : tensor<1x144x2x2xf32>, tensor<24x144x1x1xf32>) outs(%329 : tensor<1x24x2x2xf32>) -> tensor<1x24x2x2xf32>
    %392 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg68 : tensor<24xf32>) outs(%331 : tensor<24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<24xf32>
    %393 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%392 : tensor<24xf32>) outs(%331 : tensor<24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<24xf32>
    %394 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%393 : tensor<24xf32>) outs(%331 : tensor<24xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<24xf32>
    %expanded_180 = tensor.expand_shape %arg69 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %expanded_181 = tensor.expand_shape %394 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %395 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%391, %expanded_180 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %396 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%395, %expanded_181 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %expanded_182 = tensor.expand_shape %arg67 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %397 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%396, %expanded_182 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %expanded_183 = tensor.expand_shape %arg66 [[0, 1, 2]] output_shape [24, 1, 1] : tensor<24xf32> into tensor<24x1x1xf32>
    %398 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%397, %expanded_183 : tensor<1x24x2x2xf32>, tensor<24x1x1xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %399 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%370, %398 : tensor<1x24x2x2xf32>, tensor<1x24x2x2xf32>) outs(%328 : tensor<1x24x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x24x2x2xf32>
    %400 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%399, %arg65 : tensor<1x24x2x2xf32>, tensor<144x24x1x1xf32>) outs(%340 : tensor<1x144x2x2xf32>) -> tensor<1x144x2x2xf32>
    %401 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg63 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %402 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%401 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<144xf32>
    %403 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%402 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %expanded_184 = tensor.expand_shape %arg64 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %expanded_185 = tensor.expand_shape %403 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %404 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%400, %expanded_184 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %405 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%404, %expanded_185 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %expanded_186 = tensor.expand_shape %arg62 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %406 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%405, %expanded_186 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %expanded_187 = tensor.expand_shape %arg61 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %407 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%406, %expanded_187 : tensor<1x144x2x2xf32>, tensor<144x1x1xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x2x2xf32>
    %408 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%407, %cst_2 : tensor<1x144x2x2xf32>, tensor<f32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x2x2xf32>
    %409 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %408 : tensor<f32>, tensor<1x144x2x2xf32>) outs(%339 : tensor<1x144x2x2xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x2x2xf32>
    %padded_188 = tensor.pad %409 low[0, 0, 0, 0] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x144x2x2xf32> to tensor<1x144x3x3xf32>
    %410 = tensor.empty() : tensor<1x144x1x1xf32>
    %411 = linalg.fill ins(%cst : f32) outs(%410 : tensor<1x144x1x1xf32>) -> tensor<1x144x1x1xf32>
    %collapsed_189 = tensor.collapse_shape %arg60 [[0, 1], [2], [3]] : tensor<144x1x3x3xf32> into tensor<144x3x3xf32>
    %412 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_188, %collapsed_189 : tensor<1x144x3x3xf32>, tensor<144x3x3xf32>) outs(%411 : tensor<1x144x1x1xf32>) -> tensor<1x144x1x1xf32>
    %413 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg58 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %414 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%413 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<144xf32>
    %415 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%414 : tensor<144xf32>) outs(%342 : tensor<144xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<144xf32>
    %expanded_190 = tensor.expand_shape %arg59 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %expanded_191 = tensor.expand_shape %415 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %416 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%412, %expanded_190 : tensor<1x144x1x1xf32>, tensor<144x1x1xf32>) outs(%410 : tensor<1x144x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x1x1xf32>
    %417 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%416, %expanded_191 : tensor<1x144x1x1xf32>, tensor<144x1x1xf32>) outs(%410 : tensor<1x144x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x1x1xf32>
    %expanded_192 = tensor.expand_shape %arg57 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %418 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%417, %expanded_192 : tensor<1x144x1x1xf32>, tensor<144x1x1xf32>) outs(%410 : tensor<1x144x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x1x1xf32>
    %expanded_193 = tensor.expand_shape %arg56 [[0, 1, 2]] output_shape [144, 1, 1] : tensor<144xf32> into tensor<144x1x1xf32>
    %419 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%418, %expanded_193 : tensor<1x144x1x1xf32>, tensor<144x1x1xf32>) outs(%410 : tensor<1x144x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x144x1x1xf32>
    %420 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%419, %cst_2 : tensor<1x144x1x1xf32>, tensor<f32>) outs(%410 : tensor<1x144x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x1x1xf32>
    %421 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %420 : tensor<f32>, tensor<1x144x1x1xf32>) outs(%410 : tensor<1x144x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x144x1x1xf32>
    %422 = tensor.empty() : tensor<1x40x1x1xf32>
    %423 = linalg.fill ins(%cst : f32) outs(%422 : tensor<1x40x1x1xf32>) -> tensor<1x40x1x1xf32>
    %424 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%421, %arg55 : tensor<1x144x1x1xf32>, tensor<40x144x1x1xf32>) outs(%423 : tensor<1x40x1x1xf32>) -> tensor<1x40x1x1xf32>
    %425 = tensor.empty() : tensor<40xf32>
    %426 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg53 : tensor<40xf32>) outs(%425 : tensor<40xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<40xf32>
    %427 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%426 : tensor<40xf32>) outs(%425 : tensor<40xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<40xf32>
    %428 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%427 : tensor<40xf32>) outs(%425 : tensor<40xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<40xf32>
    %expanded_194 = tensor.expand_shape %arg54 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %expanded_195 = tensor.expand_shape %428 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %429 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%424, %expanded_194 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %430 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%429, %expanded_195 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %expanded_196 = tensor.expand_shape %arg52 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %431 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%430, %expanded_196 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %expanded_197 = tensor.expand_shape %arg51 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %432 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%431, %expanded_197 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %433 = tensor.empty() : tensor<1x240x1x1xf32>
    %434 = linalg.fill ins(%cst : f32) outs(%433 : tensor<1x240x1x1xf32>) -> tensor<1x240x1x1xf32>
    %435 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%432, %arg50 : tensor<1x40x1x1xf32>, tensor<240x40x1x1xf32>) outs(%434 : tensor<1x240x1x1xf32>) -> tensor<1x240x1x1xf32>
    %436 = tensor.empty() : tensor<240xf32>
    %437 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg48 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %438 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%437 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<240xf32>
    %439 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%438 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %expanded_198 = tensor.expand_shape %arg49 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %expanded_199 = tensor.expand_shape %439 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %440 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%435, %expanded_198 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %441 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%440, %expanded_199 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_200 = tensor.expand_shape %arg47 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %442 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%441, %expanded_200 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_201 = tensor.expand_shape %arg46 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %443 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%442, %expanded_201 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %444 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%443, %cst_2 : tensor<1x240x1x1xf32>, tensor<f32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %445 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %444 : tensor<f32>, tensor<1x240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %padded_202 = tensor.pad %445 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x240x1x1xf32> to tensor<1x240x3x3xf32>
    %collapsed_203 = tensor.collapse_shape %arg45 [[0, 1], [2], [3]] : tensor<240x1x3x3xf32> into tensor<240x3x3xf32>
    %446 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_202, %collapsed_203 : tensor<1x240x3x3xf32>, tensor<240x3x3xf32>) outs(%434 : tensor<1x240x1x1xf32>) -> tensor<1x240x1x1xf32>
    %447 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg43 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %448 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%447 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<240xf32>
    %449 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%448 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %expanded_204 = tensor.expand_shape %arg44 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %expanded_205 = tensor.expand_shape %449 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %450 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%446, %expanded_204 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %451 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%450, %expanded_205 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_206 = tensor.expand_shape %arg42 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %452 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%451, %expanded_206 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_207 = tensor.expand_shape %arg41 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %453 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%452, %expanded_207 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %454 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%453, %cst_2 : tensor<1x240x1x1xf32>, tensor<f32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %455 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %454 : tensor<f32>, tensor<1x240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %456 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%455, %arg40 : tensor<1x240x1x1xf32>, tensor<40x240x1x1xf32>) outs(%423 : tensor<1x40x1x1xf32>) -> tensor<1x40x1x1xf32>
    %457 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg38 : tensor<40xf32>) outs(%425 : tensor<40xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<40xf32>
    %458 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%457 : tensor<40xf32>) outs(%425 : tensor<40xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<40xf32>
    %459 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%458 : tensor<40xf32>) outs(%425 : tensor<40xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<40xf32>
    %expanded_208 = tensor.expand_shape %arg39 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %expanded_209 = tensor.expand_shape %459 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %460 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%456, %expanded_208 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %461 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%460, %expanded_209 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %expanded_210 = tensor.expand_shape %arg37 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %462 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%461, %expanded_210 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %expanded_211 = tensor.expand_shape %arg36 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %463 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%462, %expanded_211 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %464 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%432, %463 : tensor<1x40x1x1xf32>, tensor<1x40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %465 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%464, %arg35 : tensor<1x40x1x1xf32>, tensor<240x40x1x1xf32>) outs(%434 : tensor<1x240x1x1xf32>) -> tensor<1x240x1x1xf32>
    %466 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg33 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %467 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%466 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<240xf32>
    %468 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%467 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %expanded_212 = tensor.expand_shape %arg34 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %expanded_213 = tensor.expand_shape %468 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %469 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%465, %expanded_212 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %470 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%469, %expanded_213 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_214 = tensor.expand_shape %arg32 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %471 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%470, %expanded_214 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_215 = tensor.expand_shape %arg31 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %472 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%471, %expanded_215 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %473 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%472, %cst_2 : tensor<1x240x1x1xf32>, tensor<f32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %474 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %473 : tensor<f32>, tensor<1x240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %padded_216 = tensor.pad %474 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x240x1x1xf32> to tensor<1x240x3x3xf32>
    %collapsed_217 = tensor.collapse_shape %arg30 [[0, 1], [2], [3]] : tensor<240x1x3x3xf32> into tensor<240x3x3xf32>
    %475 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_216, %collapsed_217 : tensor<1x240x3x3xf32>, tensor<240x3x3xf32>) outs(%434 : tensor<1x240x1x1xf32>) -> tensor<1x240x1x1xf32>
    %476 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg28 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %477 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%476 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<240xf32>
    %478 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%477 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %expanded_218 = tensor.expand_shape %arg29 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %expanded_219 = tensor.expand_shape %478 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %479 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%475, %expanded_218 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %480 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%479, %expanded_219 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_220 = tensor.expand_shape %arg27 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %481 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%480, %expanded_220 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_221 = tensor.expand_shape %arg26 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %482 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%481, %expanded_221 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %483 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%482, %cst_2 : tensor<1x240x1x1xf32>, tensor<f32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %484 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %483 : tensor<f32>, tensor<1x240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %485 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%484, %arg25 : tensor<1x240x1x1xf32>, tensor<40x240x1x1xf32>) outs(%423 : tensor<1x40x1x1xf32>) -> tensor<1x40x1x1xf32>
    %486 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg23 : tensor<40xf32>) outs(%425 : tensor<40xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<40xf32>
    %487 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%486 : tensor<40xf32>) outs(%425 : tensor<40xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<40xf32>
    %488 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%487 : tensor<40xf32>) outs(%425 : tensor<40xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<40xf32>
    %expanded_222 = tensor.expand_shape %arg24 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %expanded_223 = tensor.expand_shape %488 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %489 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%485, %expanded_222 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %490 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%489, %expanded_223 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %expanded_224 = tensor.expand_shape %arg22 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %491 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%490, %expanded_224 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %expanded_225 = tensor.expand_shape %arg21 [[0, 1, 2]] output_shape [40, 1, 1] : tensor<40xf32> into tensor<40x1x1xf32>
    %492 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%491, %expanded_225 : tensor<1x40x1x1xf32>, tensor<40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %493 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%464, %492 : tensor<1x40x1x1xf32>, tensor<1x40x1x1xf32>) outs(%422 : tensor<1x40x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x40x1x1xf32>
    %494 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%493, %arg20 : tensor<1x40x1x1xf32>, tensor<240x40x1x1xf32>) outs(%434 : tensor<1x240x1x1xf32>) -> tensor<1x240x1x1xf32>
    %495 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg18 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %496 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%495 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<240xf32>
    %497 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%496 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %expanded_226 = tensor.expand_shape %arg19 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %expanded_227 = tensor.expand_shape %497 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %498 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%494, %expanded_226 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %499 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%498, %expanded_227 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_228 = tensor.expand_shape %arg17 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %500 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%499, %expanded_228 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_229 = tensor.expand_shape %arg16 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %501 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%500, %expanded_229 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %502 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%501, %cst_2 : tensor<1x240x1x1xf32>, tensor<f32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %503 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %502 : tensor<f32>, tensor<1x240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %padded_230 = tensor.pad %503 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg261: index, %arg262: index, %arg263: index, %arg264: index):
      tensor.yield %cst : f32
    } : tensor<1x240x1x1xf32> to tensor<1x240x3x3xf32>
    %collapsed_231 = tensor.collapse_shape %arg15 [[0, 1], [2], [3]] : tensor<240x1x3x3xf32> into tensor<240x3x3xf32>
    %504 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_230, %collapsed_231 : tensor<1x240x3x3xf32>, tensor<240x3x3xf32>) outs(%434 : tensor<1x240x1x1xf32>) -> tensor<1x240x1x1xf32>
    %505 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg13 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %506 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%505 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<240xf32>
    %507 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%506 : tensor<240xf32>) outs(%436 : tensor<240xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<240xf32>
    %expanded_232 = tensor.expand_shape %arg14 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %expanded_233 = tensor.expand_shape %507 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %508 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%504, %expanded_232 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %509 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%508, %expanded_233 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_234 = tensor.expand_shape %arg12 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %510 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%509, %expanded_234 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %expanded_235 = tensor.expand_shape %arg11 [[0, 1, 2]] output_shape [240, 1, 1] : tensor<240xf32> into tensor<240x1x1xf32>
    %511 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%510, %expanded_235 : tensor<1x240x1x1xf32>, tensor<240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x240x1x1xf32>
    %512 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%511, %cst_2 : tensor<1x240x1x1xf32>, tensor<f32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %513 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %512 : tensor<f32>, tensor<1x240x1x1xf32>) outs(%433 : tensor<1x240x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x240x1x1xf32>
    %514 = tensor.empty() : tensor<1x80x1x1xf32>
    %515 = linalg.fill ins(%cst : f32) outs(%514 : tensor<1x80x1x1xf32>) -> tensor<1x80x1x1xf32>
    %516 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%513, %arg10 : tensor<1x240x1x1xf32>, tensor<80x240x1x1xf32>) outs(%515 : tensor<1x80x1x1xf32>) -> tensor<1x80x1x1xf32>
    %517 = tensor.empty() : tensor<80xf32>
    %518 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg8 : tensor<80xf32>) outs(%517 : tensor<80xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<80xf32>
    %519 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%518 : tensor<80xf32>) outs(%517 : tensor<80xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<80xf32>
    %520 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%519 : tensor<80xf32>) outs(%517 : tensor<80xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<80xf32>
    %expanded_236 = tensor.expand_shape %arg9 [[0, 1, 2]] output_shape [80, 1, 1] : tensor<80xf32> into tensor<80x1x1xf32>
    %expanded_237 = tensor.expand_shape %520 [[0, 1, 2]] output_shape [80, 1, 1] : tensor<80xf32> into tensor<80x1x1xf32>
    %521 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%516, %expanded_236 : tensor<1x80x1x1xf32>, tensor<80x1x1xf32>) outs(%514 : tensor<1x80x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x80x1x1xf32>
    %522 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%521, %expanded_237 : tensor<1x80x1x1xf32>, tensor<80x1x1xf32>) outs(%514 : tensor<1x80x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x80x1x1xf32>
    %expanded_238 = tensor.expand_shape %arg7 [[0, 1, 2]] output_shape [80, 1, 1] : tensor<80xf32> into tensor<80x1x1xf32>
    %523 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%522, %expanded_238 : tensor<1x80x1x1xf32>, tensor<80x1x1xf32>) outs(%514 : tensor<1x80x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x80x1x1xf32>
    %expanded_239 = tensor.expand_shape %arg6 [[0, 1, 2]] output_shape [80, 1, 1] : tensor<80xf32> into tensor<80x1x1xf32>
    %524 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%523, %expanded_239 : tensor<1x80x1x1xf32>, tensor<80x1x1xf32>) outs(%514 : tensor<1x80x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x80x1x1xf32>
    %525 = tensor.empty() : tensor<1x1280x1x1xf32>
    %526 = linalg.fill ins(%cst : f32) outs(%525 : tensor<1x1280x1x1xf32>) -> tensor<1x1280x1x1xf32>
    %527 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%524, %arg5 : tensor<1x80x1x1xf32>, tensor<1280x80x1x1xf32>) outs(%526 : tensor<1x1280x1x1xf32>) -> tensor<1x1280x1x1xf32>
    %528 = tensor.empty() : tensor<1280xf32>
    %529 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg3 : tensor<1280xf32>) outs(%528 : tensor<1280xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.truncf %cst_3 : f64 to f32
      %540 = arith.addf %in, %539 : f32
      linalg.yield %540 : f32
    } -> tensor<1280xf32>
    %530 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%529 : tensor<1280xf32>) outs(%528 : tensor<1280xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = math.sqrt %in : f32
      linalg.yield %539 : f32
    } -> tensor<1280xf32>
    %531 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%530 : tensor<1280xf32>) outs(%528 : tensor<1280xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.cmpf one, %in, %cst : f32
      cf.assert %539, "unimplemented: tensor with zero element"
      %540 = arith.divf %cst_0, %in : f32
      linalg.yield %540 : f32
    } -> tensor<1280xf32>
    %expanded_240 = tensor.expand_shape %arg4 [[0, 1, 2]] output_shape [1280, 1, 1] : tensor<1280xf32> into tensor<1280x1x1xf32>
    %expanded_241 = tensor.expand_shape %531 [[0, 1, 2]] output_shape [1280, 1, 1] : tensor<1280xf32> into tensor<1280x1x1xf32>
    %532 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%527, %expanded_240 : tensor<1x1280x1x1xf32>, tensor<1280x1x1xf32>) outs(%525 : tensor<1x1280x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.subf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x1280x1x1xf32>
    %533 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%532, %expanded_241 : tensor<1x1280x1x1xf32>, tensor<1280x1x1xf32>) outs(%525 : tensor<1x1280x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x1280x1x1xf32>
    %expanded_242 = tensor.expand_shape %arg2 [[0, 1, 2]] output_shape [1280, 1, 1] : tensor<1280xf32> into tensor<1280x1x1xf32>
    %534 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%533, %expanded_242 : tensor<1x1280x1x1xf32>, tensor<1280x1x1xf32>) outs(%525 : tensor<1x1280x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.mulf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x1280x1x1xf32>
    %expanded_243 = tensor.expand_shape %arg1 [[0, 1, 2]] output_shape [1280, 1, 1] : tensor<1280xf32> into tensor<1280x1x1xf32>
    %535 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%534, %expanded_243 : tensor<1x1280x1x1xf32>, tensor<1280x1x1xf32>) outs(%525 : tensor<1x1280x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.addf %in, %in_245 : f32
      linalg.yield %539 : f32
    } -> tensor<1x1280x1x1xf32>
    %536 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%535, %cst_2 : tensor<1x1280x1x1xf32>, tensor<f32>) outs(%525 : tensor<1x1280x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf ogt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x1280x1x1xf32>
    %537 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %536 : tensor<f32>, tensor<1x1280x1x1xf32>) outs(%525 : tensor<1x1280x1x1xf32>) {
    ^bb0(%in: f32, %in_245: f32, %out: f32):
      %539 = arith.cmpf olt, %in, %in_245 : f32
      %540 = arith.select %539, %in, %in_245 : f32
      linalg.yield %540 : f32
    } -> tensor<1x1280x1x1xf32>
    %538 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%537 : tensor<1x1280x1x1xf32>) outs(%526 : tensor<1x1280x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %539 = arith.addf %in, %out : f32
      linalg.yield %539 : f32
    } -> tensor<1x1280x1x1xf32>
    %collapsed_244 = tensor.collapse_shape %538 [[0], [1, 2, 3]] : tensor<1x1280x1x1xf32> into tensor<1x1280xf32>
    return %collapsed_244 : tensor<1x1280xf32>
  }
}
