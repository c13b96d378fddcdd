#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1) -> (d1)>
module {
  func.func @forward(%arg0: tensor<1x2x8x8xf32>) -> tensor<5x1xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense_resource<torch_tensor_5_torch.float32> : tensor<5xf32>
    %cst_2 = arith.constant dense_resource<torch_tensor_5_48_torch.float32> : tensor<5x48xf32>
    %cst_3 = arith.constant dense_resource<torch_tensor_3_2_3_3_torch.float32> : tensor<3x2x3x3xf32>
    %cst_4 = arith.constant dense_resource<torch_tensor_3_torch.float32> : tensor<3xf32>
    %padded = tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : f32
    } : tensor<1x2x8x8xf32> to tensor<1x2x10x10xf32>
    %0 = tensor.empty() : tensor<1x3x8x8xf32>
    %broadcasted = linalg.broadcast ins(%cst_4 : tensor<3xf32>) outs(%0 : tensor<1x3x8x8xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %cst_3 : tensor<1x2x10x10xf32>, tensor<3x2x3x3xf32>) outs(%broadcasted : tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1 : tensor<1x3x8x8xf32>) outs(%0 : tensor<1x3x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %13 = arith.cmpf ugt, %in, %cst : f32
      %14 = arith.select %13, %in, %cst : f32
      linalg.yield %14 : f32
    } -> tensor<1x3x8x8xf32>
    %3 = tensor.empty() : tensor<1x3x4x4xf32>
    %4 = linalg.fill ins(%cst_0 : f32) outs(%3 : tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
    %5 = tensor.empty() : tensor<2x2xf32>
    %6 = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%2, %5 : tensor<1x3x8x8xf32>, tensor<2x2xf32>) outs(%4 : tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
    %collapsed = tensor.collapse_shape %6 [[0], [1, 2, 3]] : tensor<1x3x4x4xf32> into tensor<1x48xf32>
    %7 = tensor.empty() : tensor<48x5xf32>
    %transposed = linalg.transpose ins(%cst_2 : tensor<5x48xf32>) outs(%7 : tensor<48x5xf32>) permutation = [1, 0] 
    %8 = tensor.empty() : tensor<1x5xf32>
    %9 = linalg.fill ins(%cst : f32) outs(%8 : tensor<1x5xf32>) -> tensor<1x5xf32>
    %10 = linalg.matmul ins(%collapsed, %transposed : tensor<1x48xf32>, tensor<48x5xf32>) outs(%9 : tensor<1x5xf32>) -> tensor<1x5xf32>
    %11 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%10, %cst_1 : tensor<1x5xf32>, tensor<5xf32>) outs(%8 : tensor<1x5xf32>) {
    ^bb0(%in: f32, %in_6: f32, %out: f32):
      %13 = arith.addf %in, %in_6 : f32
      linalg.yield %13 : f32
    } -> tensor<1x5xf32>
    %12 = tensor.empty() : tensor<5x1xf32>
    %transposed_5 = linalg.transpose ins(%11 : tensor<1x5xf32>) outs(%12 : tensor<5x1xf32>) permutation = [1, 0] 
    return %transposed_5 : tensor<5x1xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_5_torch.float32: "0x04000000E30DDCBD6C32723D9ACB46BD819E8EBD2B6AD43C",
      torch_tensor_5_48_torch.float32: "0x04000000D22EE5BDEAE0CCBD2EB498BDA6C0853D8AC26D3DF419AFBD949B323D2847A23DB83D95BCE195B43B41FC083DA962B73D15EB0D3E84CCE3BDCBA858BD9E59683D06ECF43D3B9E003EEF69023E4451EB3C998600BEDB8B593C58EEB8BD8FBE09BE1752033ECFC3E03DB16F13BE9250DD3C7A30C7BC4D94C2BC805087BD285A633D3F16AFBD33BB583D2F7D953D319DD33D0B0F5D3DD64812BEC8C1BFBD6499933D107BF73C6E98E6BDD336AABD580B0B3ECD2EC73DF7E380BD38CC14BDACCB0CBEDC052ABB529BDEBDFF03E4BD104D02BC9488B13CF61D72BD8667AF3DDDE2B3BD5E1C063EB193CA3DFA46F9BD5F2413BD146AD53BF083AC3C11380C3D9701683D4CA70D3CBE3B90BD52E08B3D51C70DBEC134AFBD26FF13BD09FE8FBDE6D24EBD6C48F2BD6984FBBC9CBFFC3C5193C0BD08B9F2BB9F9BD33DD21A73BC9272833BD1024CBC664CEF3CCEF4BB3D2B010C3E82B9BB3D2D530C3E36072BBCFFC504BE89238CBD2147C93D764775BAB6ED92BD3986E2BD0C520ABEDC7DF9BD3ED6EFBC531CA23DB8D09F3D6D8B0EBE5D64B83DF94FE7BD6EF9F9BCD7B76FBD39C0E3BC8228E8BC3CA104BE313CFFBDFF05B9BCB0A8F43A014986BD03B55E3DB70705BE7B981FBCCBFA013E022671BD2277053E941B563D9E6205BE0707BB3DA87188BC98F583BD5361EC3D2AE0EEBDF0C17D3C738FF7BC1518D33D3808253DFB098E3D39CA503D952B0EBD00ABF8BCE999F3BDC22BA03DDCB3EA3D5742CA3D1E83D0BD28F1D23B8161D0BD97B9A2BDEB3FACBDBC0A4A3D6727B0BD2B604EBBB7F7C63B7F8DBE3DD673DFBD70EFCABD3EA5ABBD14E7CE3DA38454BD8C56F93DE8C8553D6BB9953CA3D48CBAC6BDE9BC645A943CB8FF06BD2EEE84BA22DE963CF238E7BD5CEF9ABD92B2EE3D5AE5EFBD28CF29BC0D36123ED590553D2FE9853B1E1600BE746F923D758DD2BD8CD227BD085C46BDBA19AFBCEDEFCE3ADCD0F33D719C933C8862043E01D3B43D72E2BABD4D94843DF9F5D0BD79917ABD26E32D3D3636433D19C5DD3D9D513EBDE5497239FE2E983D16F00EBE2AB7D53DE770F4BD775F023BB407C9BCB0AF9BBDE2479C3C9F70F43D3ED22CBD7A7FAFBDB4A65ABD4E7E12BEFE6E853DB2F78DBD9C44C5BD294CAABD7CF5A93D338B9C3DCCE1E23DBF71563D6F7045BD2C3625BD00A92E3D07FFF23D96BE203D04DD8BBDDAF48ABDEDBD0BBE4275FF3C2EE3A5BDC2C603BE939A013ED6F7BFBD5F8386BC7C60293DC8AD963BF5E7C6BD4EF1EEBDC79EEB3DEB8AC03C623DF53D4C3246BDA4242E3DE53107BD4655D2BB1609B4BD57F2473D5EEB3A3DCA2143BBB2F604BDFD37B6BD466CCC3D",
      torch_tensor_3_2_3_3_torch.float32: "0x040000002E4CE7BABE79013E42A646BE27A031BEC9EBB9BDC771813DE50699BB015F3F3E7D5AABBC74777F3D3EE291BD7AC53DBD029566BE0BD91FBED4FCC6BD880D0F3CE4D5BE3D2BD2103E94A023BEB234D2BDDF54AF3DF56B483EDFAF46BDA39C343EBF9C1BBD4750CC3C818B5A3ED6E65FBED9F117BE3B6A74BDDE29BCBDD388503EAE711CBE0936DEBD8D9F28BE2B0C62BE1EE40CBEC9784F3ED265D73DD5F5E93D62184B3C4F7BF7BD4A56233D115B61BEE0652EBE11DBF8BD5A48183E94830D3E4915D6BD4C570BBC225D1A3E6EF16F3E0F95BF3D6F6C023D",
      torch_tensor_3_torch.float32: "0x04000000F7D3213EE11C0EBE40E7333D"
    }
  }
#-}

