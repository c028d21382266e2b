import{a as ko,b as Bo}from"./chunks/chunk-7F767DEH.js";import"./chunks/chunk-XAWE4EAK.js";var u={2:"#050505",4:"#0a0a0a",6:"#0f0f0f",8:"#141414",10:"#1a1a1a",12:"#1f1f1f",14:"#242424",16:"#292929",18:"#2e2e2e",20:"#333333",22:"#383838",24:"#3d3d3d",26:"#424242",28:"#474747",30:"#4d4d4d",32:"#525252",34:"#575757",36:"#5c5c5c",38:"#616161",40:"#666666",42:"#6b6b6b",44:"#707070",46:"#757575",48:"#7a7a7a",50:"#808080",52:"#858585",54:"#8a8a8a",56:"#8f8f8f",58:"#949494",60:"#999999",62:"#9e9e9e",64:"#a3a3a3",66:"#a8a8a8",68:"#adadad",70:"#b3b3b3",72:"#b8b8b8",74:"#bdbdbd",76:"#c2c2c2",78:"#c7c7c7",80:"#cccccc",82:"#d1d1d1",84:"#d6d6d6",86:"#dbdbdb",88:"#e0e0e0",90:"#e6e6e6",92:"#ebebeb",94:"#f0f0f0",96:"#f5f5f5",98:"#fafafa",99:"#fcfcfc"},ne={5:"rgba(255, 255, 255, 0.05)",10:"rgba(255, 255, 255, 0.1)",20:"rgba(255, 255, 255, 0.2)",30:"rgba(255, 255, 255, 0.3)",40:"rgba(255, 255, 255, 0.4)",50:"rgba(255, 255, 255, 0.5)",60:"rgba(255, 255, 255, 0.6)",70:"rgba(255, 255, 255, 0.7)",80:"rgba(255, 255, 255, 0.8)",90:"rgba(255, 255, 255, 0.9)"},ae={5:"rgba(0, 0, 0, 0.05)",10:"rgba(0, 0, 0, 0.1)",20:"rgba(0, 0, 0, 0.2)",30:"rgba(0, 0, 0, 0.3)",40:"rgba(0, 0, 0, 0.4)",50:"rgba(0, 0, 0, 0.5)",60:"rgba(0, 0, 0, 0.6)",70:"rgba(0, 0, 0, 0.7)",80:"rgba(0, 0, 0, 0.8)",90:"rgba(0, 0, 0, 0.9)"};var x="#ffffff",wo="#000000";var Po={shade50:"#130204",shade40:"#230308",shade30:"#420610",shade20:"#590815",shade10:"#690a19",primary:"#750b1c",tint10:"#861b2c",tint20:"#962f3f",tint30:"#ac4f5e",tint40:"#d69ca5",tint50:"#e9c7cd",tint60:"#f9f0f2"};var br={shade50:"#200205",shade40:"#3b0509",shade30:"#6e0811",shade20:"#960b18",shade10:"#b10e1c",primary:"#c50f1f",tint10:"#cc2635",tint20:"#d33f4c",tint30:"#dc626d",tint40:"#eeacb2",tint50:"#f6d1d5",tint60:"#fdf3f4"},No={shade50:"#210809",shade40:"#3f1011",shade30:"#751d1f",shade20:"#9f282b",shade10:"#bc2f32",primary:"#d13438",tint10:"#d7494c",tint20:"#dc5e62",tint30:"#e37d80",tint40:"#f1bbbc",tint50:"#f8dadb",tint60:"#fdf6f6"},Fo={shade50:"#230900",shade40:"#411200",shade30:"#7a2101",shade20:"#a62d01",shade10:"#c43501",primary:"#da3b01",tint10:"#de501c",tint20:"#e36537",tint30:"#e9835e",tint40:"#f4bfab",tint50:"#f9dcd1",tint60:"#fdf6f3"};var $o={shade50:"#200d03",shade40:"#3d1805",shade30:"#712d09",shade20:"#9a3d0c",shade10:"#b6480e",primary:"#ca5010",tint10:"#d06228",tint20:"#d77440",tint30:"#df8e64",tint40:"#efc4ad",tint50:"#f7dfd2",tint60:"#fdf7f4"},To={shade50:"#271002",shade40:"#4a1e04",shade30:"#8a3707",shade20:"#bc4b09",shade10:"#de590b",primary:"#f7630c",tint10:"#f87528",tint20:"#f98845",tint30:"#faa06b",tint40:"#fdcfb4",tint50:"#fee5d7",tint60:"#fff9f5"},Ao={shade50:"#291600",shade40:"#4d2a00",shade30:"#8f4e00",shade20:"#c26a00",shade10:"#e67e00",primary:"#ff8c00",tint10:"#ff9a1f",tint20:"#ffa83d",tint30:"#ffba66",tint40:"#ffddb3",tint50:"#ffedd6",tint60:"#fffaf5"},Co={shade50:"#251a00",shade40:"#463100",shade30:"#835b00",shade20:"#b27c00",shade10:"#d39300",primary:"#eaa300",tint10:"#edad1c",tint20:"#efb839",tint30:"#f2c661",tint40:"#f9e2ae",tint50:"#fcefd3",tint60:"#fefbf4"},Ho={shade50:"#282400",shade40:"#4c4400",shade30:"#817400",shade20:"#c0ad00",shade10:"#e4cc00",primary:"#fde300",tint10:"#fde61e",tint20:"#fdea3d",tint30:"#feee66",tint40:"#fef7b2",tint50:"#fffad6",tint60:"#fffef5"},Lo={shade50:"#1f1900",shade40:"#3a2f00",shade30:"#6c5700",shade20:"#937700",shade10:"#ae8c00",primary:"#c19c00",tint10:"#c8a718",tint20:"#d0b232",tint30:"#dac157",tint40:"#ecdfa5",tint50:"#f5eece",tint60:"#fdfbf2"},Io={shade50:"#181202",shade40:"#2e2103",shade30:"#553e06",shade20:"#745408",shade10:"#89640a",primary:"#986f0b",tint10:"#a47d1e",tint20:"#b18c34",tint30:"#c1a256",tint40:"#e0cea2",tint50:"#efe4cb",tint60:"#fbf8f2"},Oo={shade50:"#170e07",shade40:"#2b1a0e",shade30:"#50301a",shade20:"#6c4123",shade10:"#804d29",primary:"#8e562e",tint10:"#9c663f",tint20:"#a97652",tint30:"#bb8f6f",tint40:"#ddc3b0",tint50:"#edded3",tint60:"#faf7f4"};var Do={shade50:"#0c1501",shade40:"#162702",shade30:"#294903",shade20:"#376304",shade10:"#427505",primary:"#498205",tint10:"#599116",tint20:"#6ba02b",tint30:"#85b44c",tint40:"#bdd99b",tint50:"#dbebc7",tint60:"#f6faf0"},Eo={shade50:"#002111",shade40:"#003d20",shade30:"#00723b",shade20:"#009b51",shade10:"#00b85f",primary:"#00cc6a",tint10:"#19d279",tint20:"#34d889",tint30:"#5ae0a0",tint40:"#a8f0cd",tint50:"#cff7e4",tint60:"#f3fdf8"},Ro={shade50:"#031a02",shade40:"#063004",shade30:"#0b5a08",shade20:"#0e7a0b",shade10:"#11910d",primary:"#13a10e",tint10:"#27ac22",tint20:"#3db838",tint30:"#5ec75a",tint40:"#a7e3a5",tint50:"#cef0cd",tint60:"#f2fbf2"},yr={shade50:"#031403",shade40:"#052505",shade30:"#094509",shade20:"#0c5e0c",shade10:"#0e700e",primary:"#107c10",tint10:"#218c21",tint20:"#359b35",tint30:"#54b054",tint40:"#9fd89f",tint50:"#c9eac9",tint60:"#f1faf1"},Mo={shade50:"#021102",shade40:"#032003",shade30:"#063b06",shade20:"#085108",shade10:"#0a5f0a",primary:"#0b6a0b",tint10:"#1a7c1a",tint20:"#2d8e2d",tint30:"#4da64d",tint40:"#9ad29a",tint50:"#c6e7c6",tint60:"#f0f9f0"},zo={shade50:"#001d1f",shade40:"#00373a",shade30:"#00666d",shade20:"#008b94",shade10:"#00a5af",primary:"#00b7c3",tint10:"#18bfca",tint20:"#32c8d1",tint30:"#58d3db",tint40:"#a6e9ed",tint50:"#cef3f5",tint60:"#f2fcfd"},_o={shade50:"#001516",shade40:"#012728",shade30:"#02494c",shade20:"#026467",shade10:"#037679",primary:"#038387",tint10:"#159195",tint20:"#2aa0a4",tint30:"#4cb4b7",tint40:"#9bd9db",tint50:"#c7ebec",tint60:"#f0fafa"};var Vo={shade50:"#000f12",shade40:"#001b22",shade30:"#00333f",shade20:"#004555",shade10:"#005265",primary:"#005b70",tint10:"#0f6c81",tint20:"#237d92",tint30:"#4496a9",tint40:"#94c8d4",tint50:"#c3e1e8",tint60:"#eff7f9"};var jo={shade50:"#001322",shade40:"#002440",shade30:"#004377",shade20:"#005ba1",shade10:"#006cbf",primary:"#0078d4",tint10:"#1a86d9",tint20:"#3595de",tint30:"#5caae5",tint40:"#a9d3f2",tint50:"#d0e7f8",tint60:"#f3f9fd"},Wo={shade50:"#000c16",shade40:"#00172a",shade30:"#002c4e",shade20:"#003b6a",shade10:"#00467e",primary:"#004e8c",tint10:"#125e9a",tint20:"#286fa8",tint30:"#4a89ba",tint40:"#9abfdc",tint50:"#c7dced",tint60:"#f0f6fa"};var Go={shade50:"#0d1126",shade40:"#182047",shade30:"#2c3c85",shade20:"#3c51b4",shade10:"#4760d5",primary:"#4f6bed",tint10:"#637cef",tint20:"#778df1",tint30:"#93a4f4",tint40:"#c8d1fa",tint50:"#e1e6fc",tint60:"#f7f9fe"},Xo={shade50:"#00061d",shade40:"#000c36",shade30:"#001665",shade20:"#001e89",shade10:"#0023a2",primary:"#0027b4",tint10:"#173bbd",tint20:"#3050c6",tint30:"#546fd2",tint40:"#a3b2e8",tint50:"#ccd5f3",tint60:"#f2f4fc"},Uo={shade50:"#120f25",shade40:"#221d46",shade30:"#3f3682",shade20:"#5649b0",shade10:"#6656d1",primary:"#7160e8",tint10:"#8172eb",tint20:"#9184ee",tint30:"#a79cf1",tint40:"#d2ccf8",tint50:"#e7e4fb",tint60:"#f9f8fe"},qo={shade50:"#0f0717",shade40:"#1c0e2b",shade30:"#341a51",shade20:"#46236e",shade10:"#532982",primary:"#5c2e91",tint10:"#6b3f9e",tint20:"#7c52ab",tint30:"#9470bd",tint40:"#c6b1de",tint50:"#e0d3ed",tint60:"#f7f4fb"};var Ko={shade50:"#160418",shade40:"#29072e",shade30:"#4c0d55",shade20:"#671174",shade10:"#7a1589",primary:"#881798",tint10:"#952aa4",tint20:"#a33fb1",tint30:"#b55fc1",tint40:"#d9a7e0",tint50:"#eaceef",tint60:"#faf2fb"},Yo={shade50:"#1f091d",shade40:"#3a1136",shade30:"#6d2064",shade20:"#932b88",shade10:"#af33a1",primary:"#c239b3",tint10:"#c94cbc",tint20:"#d161c4",tint30:"#da7ed0",tint40:"#edbbe7",tint50:"#f5daf2",tint60:"#fdf5fc"},Jo={shade50:"#1c0b1f",shade40:"#35153a",shade30:"#63276d",shade20:"#863593",shade10:"#9f3faf",primary:"#b146c2",tint10:"#ba58c9",tint20:"#c36bd1",tint30:"#cf87da",tint40:"#e6bfed",tint50:"#f2dcf5",tint60:"#fcf6fd"},Qo={shade50:"#24091b",shade40:"#441232",shade30:"#80215d",shade20:"#ad2d7e",shade10:"#cd3595",primary:"#e43ba6",tint10:"#e750b0",tint20:"#ea66ba",tint30:"#ef85c8",tint40:"#f7c0e3",tint50:"#fbddf0",tint60:"#fef6fb"};var Zo={shade50:"#1f0013",shade40:"#390024",shade30:"#6b0043",shade20:"#91005a",shade10:"#ac006b",primary:"#bf0077",tint10:"#c71885",tint20:"#ce3293",tint30:"#d957a8",tint40:"#eca5d1",tint50:"#f5cee6",tint60:"#fcf2f9"},en={shade50:"#13000c",shade40:"#240017",shade30:"#43002b",shade20:"#5a003b",shade10:"#6b0045",primary:"#77004d",tint10:"#87105d",tint20:"#98246f",tint30:"#ad4589",tint40:"#d696c0",tint50:"#e9c4dc",tint60:"#faf0f6"},tn={shade50:"#141313",shade40:"#252323",shade30:"#444241",shade20:"#5d5958",shade10:"#6e6968",primary:"#7a7574",tint10:"#8a8584",tint20:"#9a9594",tint30:"#afabaa",tint40:"#d7d4d4",tint50:"#eae8e8",tint60:"#faf9f9"},rn={shade50:"#0f0e0e",shade40:"#1c1b1a",shade30:"#343231",shade20:"#474443",shade10:"#54514f",primary:"#5d5a58",tint10:"#706d6b",tint20:"#84817e",tint30:"#9e9b99",tint40:"#cecccb",tint50:"#e5e4e3",tint60:"#f8f8f8"};var on={shade50:"#111314",shade40:"#1f2426",shade30:"#3b4447",shade20:"#505c60",shade10:"#5f6d71",primary:"#69797e",tint10:"#79898d",tint20:"#89989d",tint30:"#a0adb2",tint40:"#cdd6d8",tint50:"#e4e9ea",tint60:"#f8f9fa"},nn={shade50:"#090a0b",shade40:"#111315",shade30:"#202427",shade20:"#2b3135",shade10:"#333a3f",primary:"#394146",tint10:"#4d565c",tint20:"#626c72",tint30:"#808a90",tint40:"#bcc3c7",tint50:"#dbdfe1",tint60:"#f6f7f8"};var L={red:No,green:yr,darkOrange:Fo,yellow:Ho,berry:Yo,lightGreen:Ro,marigold:Co},Bt={darkRed:Po,cranberry:br,pumpkin:$o,peach:Ao,gold:Lo,brass:Io,brown:Oo,forest:Do,seafoam:Eo,darkGreen:Mo,lightTeal:zo,teal:_o,steel:Vo,blue:jo,royalBlue:Wo,cornflower:Go,navy:Xo,lavender:Uo,purple:qo,grape:Ko,lilac:Jo,pink:Qo,magenta:Zo,plum:en,beige:tn,mink:rn,platinum:on,anchor:nn},T={cranberry:br,green:yr,orange:To};var an=["red","green","darkOrange","yellow","berry","lightGreen","marigold"],sn=["darkRed","cranberry","pumpkin","peach","gold","brass","brown","forest","seafoam","darkGreen","lightTeal","teal","steel","blue","royalBlue","cornflower","navy","lavender","purple","grape","lilac","pink","magenta","plum","beige","mink","platinum","anchor"];var Te={success:"green",warning:"orange",danger:"cranberry"};var rt=an.reduce((t,e)=>{let r=e.slice(0,1).toUpperCase()+e.slice(1),o={[`colorPalette${r}Background1`]:L[e].tint60,[`colorPalette${r}Background2`]:L[e].tint40,[`colorPalette${r}Background3`]:L[e].primary,[`colorPalette${r}Foreground1`]:L[e].shade10,[`colorPalette${r}Foreground2`]:L[e].shade30,[`colorPalette${r}Foreground3`]:L[e].primary,[`colorPalette${r}BorderActive`]:L[e].primary,[`colorPalette${r}Border1`]:L[e].tint40,[`colorPalette${r}Border2`]:L[e].primary};return Object.assign(t,o)},{});rt.colorPaletteYellowForeground1=L.yellow.shade30;rt.colorPaletteRedForegroundInverted=L.red.tint20;rt.colorPaletteGreenForegroundInverted=L.green.tint20;rt.colorPaletteYellowForegroundInverted=L.yellow.tint40;var Gi=sn.reduce((t,e)=>{let r=e.slice(0,1).toUpperCase()+e.slice(1),o={[`colorPalette${r}Background2`]:Bt[e].tint40,[`colorPalette${r}Foreground2`]:Bt[e].shade30,[`colorPalette${r}BorderActive`]:Bt[e].primary};return Object.assign(t,o)},{}),ln={...rt,...Gi},Ae=Object.entries(Te).reduce((t,[e,r])=>{let o=e.slice(0,1).toUpperCase()+e.slice(1),n={[`colorStatus${o}Background1`]:T[r].tint60,[`colorStatus${o}Background2`]:T[r].tint40,[`colorStatus${o}Background3`]:T[r].primary,[`colorStatus${o}Foreground1`]:T[r].shade10,[`colorStatus${o}Foreground2`]:T[r].shade30,[`colorStatus${o}Foreground3`]:T[r].primary,[`colorStatus${o}ForegroundInverted`]:T[r].tint30,[`colorStatus${o}BorderActive`]:T[r].primary,[`colorStatus${o}Border1`]:T[r].tint40,[`colorStatus${o}Border2`]:T[r].primary};return Object.assign(t,n)},{});Ae.colorStatusDangerBackground3Hover=T[Te.danger].shade10;Ae.colorStatusDangerBackground3Pressed=T[Te.danger].shade20;Ae.colorStatusWarningForeground1=T[Te.warning].shade20;Ae.colorStatusWarningForeground3=T[Te.warning].shade20;Ae.colorStatusWarningBorder2=T[Te.warning].shade20;var cn=t=>({colorNeutralForeground1:u[14],colorNeutralForeground1Hover:u[14],colorNeutralForeground1Pressed:u[14],colorNeutralForeground1Selected:u[14],colorNeutralForeground2:u[26],colorNeutralForeground2Hover:u[14],colorNeutralForeground2Pressed:u[14],colorNeutralForeground2Selected:u[14],colorNeutralForeground2BrandHover:t[80],colorNeutralForeground2BrandPressed:t[70],colorNeutralForeground2BrandSelected:t[80],colorNeutralForeground3:u[38],colorNeutralForeground3Hover:u[26],colorNeutralForeground3Pressed:u[26],colorNeutralForeground3Selected:u[26],colorNeutralForeground3BrandHover:t[80],colorNeutralForeground3BrandPressed:t[70],colorNeutralForeground3BrandSelected:t[80],colorNeutralForeground4:u[44],colorNeutralForeground5:u[38],colorNeutralForeground5Hover:u[14],colorNeutralForeground5Pressed:u[14],colorNeutralForeground5Selected:u[14],colorNeutralForegroundDisabled:u[74],colorNeutralForegroundInvertedDisabled:ne[40],colorBrandForegroundLink:t[70],colorBrandForegroundLinkHover:t[60],colorBrandForegroundLinkPressed:t[40],colorBrandForegroundLinkSelected:t[70],colorNeutralForeground2Link:u[26],colorNeutralForeground2LinkHover:u[14],colorNeutralForeground2LinkPressed:u[14],colorNeutralForeground2LinkSelected:u[14],colorCompoundBrandForeground1:t[80],colorCompoundBrandForeground1Hover:t[70],colorCompoundBrandForeground1Pressed:t[60],colorBrandForeground1:t[80],colorBrandForeground2:t[70],colorBrandForeground2Hover:t[60],colorBrandForeground2Pressed:t[30],colorNeutralForeground1Static:u[14],colorNeutralForegroundStaticInverted:x,colorNeutralForegroundInverted:x,colorNeutralForegroundInvertedHover:x,colorNeutralForegroundInvertedPressed:x,colorNeutralForegroundInvertedSelected:x,colorNeutralForegroundInverted2:x,colorNeutralForegroundOnBrand:x,colorNeutralForegroundInvertedLink:x,colorNeutralForegroundInvertedLinkHover:x,colorNeutralForegroundInvertedLinkPressed:x,colorNeutralForegroundInvertedLinkSelected:x,colorBrandForegroundInverted:t[100],colorBrandForegroundInvertedHover:t[110],colorBrandForegroundInvertedPressed:t[100],colorBrandForegroundOnLight:t[80],colorBrandForegroundOnLightHover:t[70],colorBrandForegroundOnLightPressed:t[50],colorBrandForegroundOnLightSelected:t[60],colorNeutralBackground1:x,colorNeutralBackground1Hover:u[96],colorNeutralBackground1Pressed:u[88],colorNeutralBackground1Selected:u[92],colorNeutralBackground2:u[98],colorNeutralBackground2Hover:u[94],colorNeutralBackground2Pressed:u[86],colorNeutralBackground2Selected:u[90],colorNeutralBackground3:u[96],colorNeutralBackground3Hover:u[92],colorNeutralBackground3Pressed:u[84],colorNeutralBackground3Selected:u[88],colorNeutralBackground4:u[94],colorNeutralBackground4Hover:u[98],colorNeutralBackground4Pressed:u[96],colorNeutralBackground4Selected:x,colorNeutralBackground5:u[92],colorNeutralBackground5Hover:u[96],colorNeutralBackground5Pressed:u[94],colorNeutralBackground5Selected:u[98],colorNeutralBackground6:u[90],colorNeutralBackground7:"#00000000",colorNeutralBackground7Hover:u[92],colorNeutralBackground7Pressed:u[84],colorNeutralBackground7Selected:"#00000000",colorNeutralBackground8:u[99],colorNeutralBackgroundInverted:u[16],colorNeutralBackgroundInvertedHover:u[24],colorNeutralBackgroundInvertedPressed:u[12],colorNeutralBackgroundInvertedSelected:u[22],colorNeutralBackgroundStatic:u[20],colorNeutralBackgroundAlpha:ne[50],colorNeutralBackgroundAlpha2:ne[80],colorSubtleBackground:"transparent",colorSubtleBackgroundHover:u[96],colorSubtleBackgroundPressed:u[88],colorSubtleBackgroundSelected:u[92],colorSubtleBackgroundLightAlphaHover:ne[70],colorSubtleBackgroundLightAlphaPressed:ne[50],colorSubtleBackgroundLightAlphaSelected:"transparent",colorSubtleBackgroundInverted:"transparent",colorSubtleBackgroundInvertedHover:ae[10],colorSubtleBackgroundInvertedPressed:ae[30],colorSubtleBackgroundInvertedSelected:ae[20],colorTransparentBackground:"transparent",colorTransparentBackgroundHover:"transparent",colorTransparentBackgroundPressed:"transparent",colorTransparentBackgroundSelected:"transparent",colorNeutralBackgroundDisabled:u[94],colorNeutralBackgroundDisabled2:x,colorNeutralBackgroundInvertedDisabled:ne[10],colorNeutralStencil1:u[90],colorNeutralStencil2:u[98],colorNeutralStencil1Alpha:ae[10],colorNeutralStencil2Alpha:ae[5],colorBackgroundOverlay:ae[40],colorScrollbarOverlay:ae[50],colorBrandBackground:t[80],colorBrandBackgroundHover:t[70],colorBrandBackgroundPressed:t[40],colorBrandBackgroundSelected:t[60],colorCompoundBrandBackground:t[80],colorCompoundBrandBackgroundHover:t[70],colorCompoundBrandBackgroundPressed:t[60],colorBrandBackgroundStatic:t[80],colorBrandBackground2:t[160],colorBrandBackground2Hover:t[150],colorBrandBackground2Pressed:t[130],colorBrandBackground3Static:t[60],colorBrandBackground4Static:t[40],colorBrandBackgroundInverted:x,colorBrandBackgroundInvertedHover:t[160],colorBrandBackgroundInvertedPressed:t[140],colorBrandBackgroundInvertedSelected:t[150],colorNeutralCardBackground:u[98],colorNeutralCardBackgroundHover:x,colorNeutralCardBackgroundPressed:u[96],colorNeutralCardBackgroundSelected:u[92],colorNeutralCardBackgroundDisabled:u[94],colorNeutralStrokeAccessible:u[38],colorNeutralStrokeAccessibleHover:u[34],colorNeutralStrokeAccessiblePressed:u[30],colorNeutralStrokeAccessibleSelected:t[80],colorNeutralStroke1:u[82],colorNeutralStroke1Hover:u[78],colorNeutralStroke1Pressed:u[70],colorNeutralStroke1Selected:u[74],colorNeutralStroke2:u[88],colorNeutralStroke3:u[94],colorNeutralStroke4:u[92],colorNeutralStroke4Hover:u[88],colorNeutralStroke4Pressed:u[84],colorNeutralStroke4Selected:u[92],colorNeutralStrokeSubtle:u[88],colorNeutralStrokeOnBrand:x,colorNeutralStrokeOnBrand2:x,colorNeutralStrokeOnBrand2Hover:x,colorNeutralStrokeOnBrand2Pressed:x,colorNeutralStrokeOnBrand2Selected:x,colorBrandStroke1:t[80],colorBrandStroke2:t[140],colorBrandStroke2Hover:t[120],colorBrandStroke2Pressed:t[80],colorBrandStroke2Contrast:t[140],colorCompoundBrandStroke:t[80],colorCompoundBrandStrokeHover:t[70],colorCompoundBrandStrokePressed:t[60],colorNeutralStrokeDisabled:u[88],colorNeutralStrokeDisabled2:u[92],colorNeutralStrokeInvertedDisabled:ne[40],colorTransparentStroke:"transparent",colorTransparentStrokeInteractive:"transparent",colorTransparentStrokeDisabled:"transparent",colorNeutralStrokeAlpha:ae[5],colorNeutralStrokeAlpha2:ne[20],colorStrokeFocus1:x,colorStrokeFocus2:wo,colorNeutralShadowAmbient:"rgba(0,0,0,0.12)",colorNeutralShadowKey:"rgba(0,0,0,0.14)",colorNeutralShadowAmbientLighter:"rgba(0,0,0,0.06)",colorNeutralShadowKeyLighter:"rgba(0,0,0,0.07)",colorNeutralShadowAmbientDarker:"rgba(0,0,0,0.20)",colorNeutralShadowKeyDarker:"rgba(0,0,0,0.24)",colorBrandShadowAmbient:"rgba(0,0,0,0.30)",colorBrandShadowKey:"rgba(0,0,0,0.25)"});var xr={borderRadiusNone:"0",borderRadiusSmall:"2px",borderRadiusMedium:"4px",borderRadiusLarge:"6px",borderRadiusXLarge:"8px",borderRadius2XLarge:"12px",borderRadius3XLarge:"16px",borderRadius4XLarge:"24px",borderRadius5XLarge:"32px",borderRadius6XLarge:"40px",borderRadiusCircular:"10000px"};var dn={curveAccelerateMax:"cubic-bezier(0.9,0.1,1,0.2)",curveAccelerateMid:"cubic-bezier(1,0,1,1)",curveAccelerateMin:"cubic-bezier(0.8,0,0.78,1)",curveDecelerateMax:"cubic-bezier(0.1,0.9,0.2,1)",curveDecelerateMid:"cubic-bezier(0,0,0,1)",curveDecelerateMin:"cubic-bezier(0.33,0,0.1,1)",curveEasyEaseMax:"cubic-bezier(0.8,0,0.2,1)",curveEasyEase:"cubic-bezier(0.33,0,0.67,1)",curveLinear:"cubic-bezier(0,0,1,1)"};var un={durationUltraFast:"50ms",durationFaster:"100ms",durationFast:"150ms",durationNormal:"200ms",durationGentle:"250ms",durationSlow:"300ms",durationSlower:"400ms",durationUltraSlow:"500ms"};var Sr={fontSizeBase100:"10px",fontSizeBase200:"12px",fontSizeBase300:"14px",fontSizeBase400:"16px",fontSizeBase500:"20px",fontSizeBase600:"24px",fontSizeHero700:"28px",fontSizeHero800:"32px",fontSizeHero900:"40px",fontSizeHero1000:"68px"},kr={lineHeightBase100:"14px",lineHeightBase200:"16px",lineHeightBase300:"20px",lineHeightBase400:"22px",lineHeightBase500:"28px",lineHeightBase600:"32px",lineHeightHero700:"36px",lineHeightHero800:"40px",lineHeightHero900:"52px",lineHeightHero1000:"92px"},Br={fontWeightRegular:400,fontWeightMedium:500,fontWeightSemibold:600,fontWeightBold:700},wr={fontFamilyBase:"'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",fontFamilyMonospace:"Consolas, 'Courier New', Courier, monospace",fontFamilyNumeric:"Bahnschrift, 'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif"};var S={none:"0",xxs:"2px",xs:"4px",sNudge:"6px",s:"8px",mNudge:"10px",m:"12px",l:"16px",xl:"20px",xxl:"24px",xxxl:"32px"},pn={spacingHorizontalNone:S.none,spacingHorizontalXXS:S.xxs,spacingHorizontalXS:S.xs,spacingHorizontalSNudge:S.sNudge,spacingHorizontalS:S.s,spacingHorizontalMNudge:S.mNudge,spacingHorizontalM:S.m,spacingHorizontalL:S.l,spacingHorizontalXL:S.xl,spacingHorizontalXXL:S.xxl,spacingHorizontalXXXL:S.xxxl},hn={spacingVerticalNone:S.none,spacingVerticalXXS:S.xxs,spacingVerticalXS:S.xs,spacingVerticalSNudge:S.sNudge,spacingVerticalS:S.s,spacingVerticalMNudge:S.mNudge,spacingVerticalM:S.m,spacingVerticalL:S.l,spacingVerticalXL:S.xl,spacingVerticalXXL:S.xxl,spacingVerticalXXXL:S.xxxl};var Pr={strokeWidthThin:"1px",strokeWidthThick:"2px",strokeWidthThicker:"3px",strokeWidthThickest:"4px"};function Nr(t,e,r=""){return{[`shadow2${r}`]:`0 0 2px ${t}, 0 1px 2px ${e}`,[`shadow4${r}`]:`0 0 2px ${t}, 0 2px 4px ${e}`,[`shadow8${r}`]:`0 0 2px ${t}, 0 4px 8px ${e}`,[`shadow16${r}`]:`0 0 2px ${t}, 0 8px 16px ${e}`,[`shadow28${r}`]:`0 0 8px ${t}, 0 14px 28px ${e}`,[`shadow64${r}`]:`0 0 8px ${t}, 0 32px 64px ${e}`}}var gn=t=>{let e=cn(t);return{...xr,...Sr,...kr,...wr,...Br,...Pr,...pn,...hn,...un,...dn,...e,...ln,...Ae,...Nr(e.colorNeutralShadowAmbient,e.colorNeutralShadowKey),...Nr(e.colorBrandShadowAmbient,e.colorBrandShadowKey,"Brand")}};var fn={10:"#061724",20:"#082338",30:"#0a2e4a",40:"#0c3b5e",50:"#0e4775",60:"#0f548c",70:"#115ea3",80:"#0f6cbd",90:"#2886de",100:"#479ef5",110:"#62abf5",120:"#77b7f7",130:"#96c6fa",140:"#b4d6fa",150:"#cfe4fa",160:"#ebf3fc"};var ot=gn(fn);var ye=class{constructor(e,r,o=!1){this.evaluate=e,this.policy=r,this.isVolatile=o}};var k;(function(t){t[t.needsArrayObservation=1101]="needsArrayObservation",t[t.onlySetDOMPolicyOnce=1201]="onlySetDOMPolicyOnce",t[t.bindingInnerHTMLRequiresTrustedTypes=1202]="bindingInnerHTMLRequiresTrustedTypes",t[t.twoWayBindingRequiresObservables=1203]="twoWayBindingRequiresObservables",t[t.hostBindingWithoutHost=1204]="hostBindingWithoutHost",t[t.unsupportedBindingBehavior=1205]="unsupportedBindingBehavior",t[t.directCallToHTMLTagNotAllowed=1206]="directCallToHTMLTagNotAllowed",t[t.onlySetTemplatePolicyOnce=1207]="onlySetTemplatePolicyOnce",t[t.cannotSetTemplatePolicyAfterCompilation=1208]="cannotSetTemplatePolicyAfterCompilation",t[t.blockedByDOMPolicy=1209]="blockedByDOMPolicy",t[t.invalidHydrationAttributeMarker=1210]="invalidHydrationAttributeMarker",t[t.duplicateRenderInstruction=1211]="duplicateRenderInstruction",t[t.missingElementDefinition=1401]="missingElementDefinition",t[t.noRegistrationForContext=1501]="noRegistrationForContext",t[t.noFactoryForResolver=1502]="noFactoryForResolver",t[t.invalidResolverStrategy=1503]="invalidResolverStrategy",t[t.cannotAutoregisterDependency=1504]="cannotAutoregisterDependency",t[t.cannotResolveKey=1505]="cannotResolveKey",t[t.cannotConstructNativeFunction=1506]="cannotConstructNativeFunction",t[t.cannotJITRegisterNonConstructor=1507]="cannotJITRegisterNonConstructor",t[t.cannotJITRegisterIntrinsic=1508]="cannotJITRegisterIntrinsic",t[t.cannotJITRegisterInterface=1509]="cannotJITRegisterInterface",t[t.invalidResolver=1510]="invalidResolver",t[t.invalidKey=1511]="invalidKey",t[t.noDefaultResolver=1512]="noDefaultResolver",t[t.cyclicDependency=1513]="cyclicDependency",t[t.connectUpdateRequiresController=1514]="connectUpdateRequiresController"})(k||(k={}));var q=t=>typeof t=="function",I=t=>typeof t=="string",mn=()=>{};var Ui=Object.create(null),w={warn(t,e){},error(t,e){return new Error(`Error ${t}`)},addMessages(t){Object.assign(Ui,t)}};var vn=Object.freeze([]);function ze(){let t=new Map;return Object.freeze({register(e){return t.has(e.type)?!1:(t.set(e.type,e),!0)},getByType(e){return t.get(e)},getForInstance(e){if(e!=null)return t.get(e.constructor)}})}function wt(){let t=new WeakMap;return function(e){let r=t.get(e);if(r===void 0){let o=Reflect.getPrototypeOf(e);for(;r===void 0&&o!==null;)r=t.get(o),o=Reflect.getPrototypeOf(o);r=r===void 0?[]:r.slice(0),t.set(e,r)}return r}}function O(t){t.prototype.toJSON=mn}var Pt=class extends ye{createObserver(){return this}bind(e){return this.evaluate(e.source,e.context)}};O(Pt);function Nt(t,e){return new Pt(t,e)}var _e=class{constructor(e,r){this.sub1=void 0,this.sub2=void 0,this.spillover=void 0,this.subject=e,this.sub1=r}has(e){return this.spillover===void 0?this.sub1===e||this.sub2===e:this.spillover.indexOf(e)!==-1}subscribe(e){let r=this.spillover;if(r===void 0){if(this.has(e))return;if(this.sub1===void 0){this.sub1=e;return}if(this.sub2===void 0){this.sub2=e;return}this.spillover=[this.sub1,this.sub2,e],this.sub1=void 0,this.sub2=void 0}else r.indexOf(e)===-1&&r.push(e)}unsubscribe(e){let r=this.spillover;if(r===void 0)this.sub1===e?this.sub1=void 0:this.sub2===e&&(this.sub2=void 0);else{let o=r.indexOf(e);o!==-1&&r.splice(o,1)}}notify(e){let r=this.spillover,o=this.subject;if(r===void 0){let n=this.sub1,a=this.sub2;n!==void 0&&n.handleChange(o,e),a!==void 0&&a.handleChange(o,e)}else for(let n=0,a=r.length;n<a;++n)r[n].handleChange(o,e)}},Ve=class{constructor(e){this.subscribers={},this.subjectSubscribers=null,this.subject=e}notify(e){var r,o;(r=this.subscribers[e])===null||r===void 0||r.notify(e),(o=this.subjectSubscribers)===null||o===void 0||o.notify(e)}subscribe(e,r){var o,n;let a;r?a=(o=this.subscribers[r])!==null&&o!==void 0?o:this.subscribers[r]=new _e(this.subject):a=(n=this.subjectSubscribers)!==null&&n!==void 0?n:this.subjectSubscribers=new _e(this.subject),a.subscribe(e)}unsubscribe(e,r){var o,n;r?(o=this.subscribers[r])===null||o===void 0||o.unsubscribe(e):(n=this.subjectSubscribers)===null||n===void 0||n.unsubscribe(e)}};var K=[],Fr=[],qi=globalThis.requestAnimationFrame,Tr=!0;function Ki(){if(Fr.length)throw Fr.shift()}function Yi(t){try{t.call()}catch(e){if(Tr)Fr.push(e),setTimeout(Ki,0);else throw K.length=0,e}}function $r(){let e=0;for(;e<K.length;)if(Yi(K[e]),e++,e>1024){for(let r=0,o=K.length-e;r<o;r++)K[r]=K[r+e];K.length-=e,e=0}K.length=0}function bn(t){K.push(t),K.length<2&&(Tr?qi($r):$r())}var D=Object.freeze({enqueue:bn,next:()=>new Promise(bn),process:$r,setMode:t=>Tr=t});var xe=Object.freeze({unknown:void 0,coupled:1}),b=(()=>{let t=D.enqueue,e=/(:|&&|\|\||if|\?\.)/,r=new WeakMap,o,n=c=>{throw w.error(k.needsArrayObservation)};function a(c){var s;let p=(s=c.$fastController)!==null&&s!==void 0?s:r.get(c);return p===void 0&&(Array.isArray(c)?p=n(c):r.set(c,p=new Ve(c))),p}let i=wt();class l{constructor(s){this.name=s,this.field=`_${s}`,this.callback=`${s}Changed`}getValue(s){return o!==void 0&&o.watch(s,this.name),s[this.field]}setValue(s,p){let m=this.field,B=s[m];if(B!==p){s[m]=p;let $=s[this.callback];q($)&&$.call(s,B,p),a(s).notify(this.name)}}}class d extends _e{constructor(s,p,m=!1){super(s,p),this.expression=s,this.isVolatileBinding=m,this.needsRefresh=!0,this.needsQueue=!0,this.isAsync=!0,this.first=this,this.last=null,this.propertySource=void 0,this.propertyName=void 0,this.notifier=void 0,this.next=void 0}setMode(s){this.isAsync=this.needsQueue=s}bind(s){let p=this.observe(s.source,s.context);return!s.isBound&&this.requiresUnbind(s)&&s.onUnbind(this),p}requiresUnbind(s){return s.sourceLifetime!==xe.coupled||this.first!==this.last||this.first.propertySource!==s.source}unbind(s){this.dispose()}observe(s,p){this.needsRefresh&&this.last!==null&&this.dispose();let m=o;o=this.needsRefresh?this:void 0,this.needsRefresh=this.isVolatileBinding;let B;try{B=this.expression(s,p)}finally{o=m}return B}disconnect(){this.dispose()}dispose(){if(this.last!==null){let s=this.first;for(;s!==void 0;)s.notifier.unsubscribe(this,s.propertyName),s=s.next;this.last=null,this.needsRefresh=this.needsQueue=this.isAsync}}watch(s,p){let m=this.last,B=a(s),$=m===null?this.first:{};if($.propertySource=s,$.propertyName=p,$.notifier=B,B.subscribe(this,p),m!==null){if(!this.needsRefresh){let U;o=void 0,U=m.propertySource[m.propertyName],o=this,s===U&&(this.needsRefresh=!0)}m.next=$}this.last=$}handleChange(){this.needsQueue?(this.needsQueue=!1,t(this)):this.isAsync||this.call()}call(){this.last!==null&&(this.needsQueue=this.isAsync,this.notify(this))}*records(){let s=this.first;for(;s!==void 0;)yield s,s=s.next}}return O(d),Object.freeze({setArrayObserverFactory(c){n=c},getNotifier:a,track(c,s){o&&o.watch(c,s)},trackVolatile(){o&&(o.needsRefresh=!0)},notify(c,s){a(c).notify(s)},defineProperty(c,s){I(s)&&(s=new l(s)),i(c).push(s),Reflect.defineProperty(c,s.name,{enumerable:!0,get(){return s.getValue(this)},set(p){s.setValue(this,p)}})},getAccessors:i,binding(c,s,p=this.isVolatileBinding(c)){return new d(c,s,p)},isVolatileBinding(c){return e.test(c.toString())}})})();function ie(t,e){b.defineProperty(t,e)}var yn=(()=>{let t=null;return{get(){return t},set(e){t=e}}})(),se=Object.freeze({default:{index:0,length:0,get event(){return se.getEvent()},eventDetail(){return this.event.detail},eventTarget(){return this.event.target}},getEvent(){return yn.get()},setEvent(t){yn.set(t)}});var Ar=class extends ye{createObserver(e){return b.binding(this.evaluate,e,this.isVolatile)}};function Ft(t,e,r=b.isVolatileBinding(t)){return new Ar(t,e,r)}var F=Object.freeze({none:0,attribute:1,booleanAttribute:2,property:3,content:4,tokenList:5,event:6}),xn=t=>t,Ji=globalThis.trustedTypes?globalThis.trustedTypes.createPolicy("fast-html",{createHTML:xn}):{createHTML:xn},$t=Object.freeze({createHTML(t){return Ji.createHTML(t)},protect(t,e,r,o){return o}}),Qi=$t,le=Object.freeze({get policy(){return $t},setPolicy(t){if($t!==Qi)throw w.error(k.onlySetDOMPolicyOnce);$t=t},setAttribute(t,e,r){r==null?t.removeAttribute(e):t.setAttribute(e,r)},setBooleanAttribute(t,e,r){r?t.setAttribute(e,""):t.removeAttribute(e)}});var Cr="boolean",Sn="reflect",je=Object.freeze({locate:wt()}),Bn={toView(t){return t?"":null},fromView(t){return!!t}};function kn(t){if(t==null)return null;let e=t*1;return isNaN(e)?null:e}var ce={toView(t){let e=kn(t);return e&&e.toString()},fromView:kn},nt=class t{constructor(e,r,o=r.toLowerCase(),n=Sn,a){this.guards=new Set,this.Owner=e,this.name=r,this.attribute=o,this.mode=n,this.converter=a,this.fieldName=`_${r}`,this.callbackName=`${r}Changed`,this.hasCallback=this.callbackName in e.prototype,n===Cr&&a===void 0&&(this.converter=Bn)}setValue(e,r){let o=e[this.fieldName],n=this.converter;n!==void 0&&(r=n.fromView(r)),o!==r&&(e[this.fieldName]=r,this.tryReflectToAttribute(e),this.hasCallback&&e[this.callbackName](o,r),e.$fastController.notify(this.name))}getValue(e){return b.track(e,this.name),e[this.fieldName]}onAttributeChangedCallback(e,r){this.guards.has(e)||(this.guards.add(e),this.mode===Cr?this.setValue(e,r!==null):this.setValue(e,r),this.guards.delete(e))}tryReflectToAttribute(e){let r=this.mode,o=this.guards;o.has(e)||r==="fromView"||D.enqueue(()=>{o.add(e);let n=e[this.fieldName];switch(r){case Sn:{let a=this.converter;le.setAttribute(e,this.attribute,a!==void 0?a.toView(n):n);break}case Cr:le.setBooleanAttribute(e,this.attribute,n);break}o.delete(e)})}static collect(e,...r){let o=[];r.push(je.locate(e));for(let n=0,a=r.length;n<a;++n){let i=r[n];if(i!==void 0)for(let l=0,d=i.length;l<d;++l){let c=i[l];I(c)?o.push(new t(e,c)):o.push(new t(e,c.property,c.attribute,c.mode,c.converter))}}return o}};function f(t,e){let r;function o(n,a){arguments.length>1&&(r.property=a),je.locate(n.constructor).push(r)}if(arguments.length>1){r={},o(t,e);return}return r=t===void 0?{}:t,o}var Hr;function wn(t){return t.reduce((e,r)=>(r instanceof E?e.push(...wn(r.styles)):e.push(r),e),[])}var E=class t{get strategy(){return this._strategy===null&&(Hr||t.setDefaultStrategy(t.supportsAdoptedStyleSheets?Zi():ts()),this.withStrategy(Hr)),this._strategy}constructor(e){this.styles=e,this.targets=new WeakSet,this._strategy=null}addStylesTo(e){this.strategy.addStylesTo(e),this.targets.add(e)}removeStylesFrom(e){this.strategy.removeStylesFrom(e),this.targets.delete(e)}isAttachedTo(e){return this.targets.has(e)}withStrategy(e){return this._strategy=new e(wn(this.styles)),this}static setDefaultStrategy(e){Hr=e}static normalize(e){return e===void 0?void 0:Array.isArray(e)?new t(e):e instanceof t?e:new t([e])}};E.supportsAdoptedStyleSheets=Array.isArray(document.adoptedStyleSheets)&&"replace"in CSSStyleSheet.prototype;function Zi(){let t=new Map;return class{constructor(r){this.sheets=r.map(o=>{if(o instanceof CSSStyleSheet)return o;let n=t.get(o);return n===void 0&&(n=new CSSStyleSheet,n.replaceSync(o),t.set(o,n)),n})}addStylesTo(r){let o=r;o.adoptedStyleSheets=[...o.adoptedStyleSheets,...this.sheets]}removeStylesFrom(r){let o=r;o.adoptedStyleSheets=o.adoptedStyleSheets.filter(n=>this.sheets.indexOf(n)===-1)}}}var es=0;function ts(){return class{constructor(e){this.styles=e,this.styleClass=`fast-${++es}`}addStylesTo(e){let r=e===document?document.body:e;for(let o=0;o<this.styles.length;o++){let n=document.createElement("style");n.innerHTML=this.styles[o],n.className=this.styleClass,r.append(n)}}removeStylesFrom(e){let r=e===document?document.body:e,o=r.querySelectorAll(`.${this.styleClass}`);for(let n=0,a=o.length;n<a;++n)r.removeChild(o[n])}}}var rs={},Pn=new WeakMap,Lr=ze(),We=Object.freeze({register(t){if(!Lr.register(t))return!1;let e=Fn(t.registry);return Object.prototype.hasOwnProperty.call(e,t.name)||b.defineProperty(e,t.name),e[t.name]=t.type,!0},getByType:Lr.getByType,getForInstance:Lr.getForInstance,whenRegistered:os});function Fn(t=customElements){if(t===customElements)return rs;let e=Pn.get(t);return e||(e={},Pn.set(t,e)),e}function Nn(t){return t===void 0?void 0:We.getByType(t)}function os(t,e=customElements){let r=Fn(e);Object.prototype.hasOwnProperty.call(r,t)||b.defineProperty(r,t);let o=Nn(r[t]);return o!==void 0?Promise.resolve(o):new Promise(n=>{let a=b.getNotifier(r),i={handleChange:()=>{let l=Nn(r[t]);l!==void 0&&(a.unsubscribe(i,t),n(l))}};a.subscribe(i,t)})}var $n={mode:"open"},Tn={},An=new Set,At=new WeakMap,Tt=new WeakMap,Ce=new WeakMap,Cn=new WeakMap,ns=new WeakMap;function as(t){return q(t)}function is(t){return typeof t?.then=="function"}function Hn(t,e){if(Tt.delete(t),t.template===void 0&&e!==void 0&&(t.template=e),t.template!==void 0)return Ce.delete(t),At.delete(t),t.template}function Ir(t,e=t.registry,r){if(!r?.length)return;let o=t,n=Cn.get(o);if(!n?.has(e)){n===void 0&&(n=new WeakSet,Cn.set(o,n)),n.add(e);for(let a of r)a(t)}}function Ct(t){var e;return(e=ns.get(t))!==null&&e!==void 0?e:null}function Or(t){if(t.template!==void 0)return Ce.delete(t),t.template;let e=Tt.get(t);if(e)return e;let r=At.get(t);if(!r)return;Ce.delete(t);let o;try{o=r(t)}catch(n){throw Ce.set(t,n),n}if(is(o)){let n=Promise.resolve(o).then(a=>Hn(t,a)).catch(a=>{throw Tt.delete(t),Ce.set(t,a),a});return Tt.set(t,n),n}return Hn(t,o)}function ss(t,e){let r=t;if(e===void 0){Ce.delete(r);return}Ce.set(r,e)}var j=class t{get isDefined(){return this.platformDefined}constructor(e,r=e.definition){var o;this.platformDefined=!1,I(r)&&(r={name:r}),this.type=e,this.name=r.name,this.registry=(o=r.registry)!==null&&o!==void 0?o:customElements,as(r.template)?At.set(this,r.template):this.template=r.template;let n=e.prototype,a=nt.collect(e,r.attributes),i=new Array(a.length),l={},d={};for(let c=0,s=a.length;c<s;++c){let p=a[c];i[c]=p.attribute,l[p.name]=p,d[p.attribute]=p,b.defineProperty(n,p)}Reflect.defineProperty(e,"observedAttributes",{value:i,enumerable:!0}),this.attributes=a,this.propertyLookup=l,this.attributeLookup=d,this.shadowOptions=r.shadowOptions===void 0?$n:r.shadowOptions===null?void 0:Object.assign(Object.assign({},$n),r.shadowOptions),this.elementOptions=r.elementOptions===void 0?Tn:Object.assign(Object.assign({},Tn),r.elementOptions),this.styles=E.normalize(r.styles),this.schema=r.schema,We.register(this)}define(e=this.registry,r){let o=this.type;if(!e.get(this.name)){if(Ir(this,e,r),this.template===void 0&&At.has(this))return Promise.resolve().then(()=>Or(this)).then(n=>{n!==void 0&&!e.get(this.name)&&(this.platformDefined=!0,e.define(this.name,o,this.elementOptions))}).catch(n=>{ss(this,n),b.notify(this,"template")}),this;this.platformDefined=!0,e.define(this.name,o,this.elementOptions)}return this}static compose(e,r){let o=An.has(e)||We.getByType(e)?new t(class extends e{},r):new t(e,r);return Promise.resolve(o)}static registerBaseType(e){An.add(e)}};j.getByType=We.getByType;j.getForInstance=We.getForInstance;b.defineProperty(j.prototype,"template");var ls={bubbles:!0,composed:!0,cancelable:!0},Dr="isConnected",On=new WeakMap,Er=Symbol("fast-late-attribute-observer");function Ht(t){var e,r;return(r=(e=t.shadowRoot)!==null&&e!==void 0?e:On.get(t))!==null&&r!==void 0?r:null}var Ln,R;(function(t){t[t.connecting=0]="connecting",t[t.connected=1]="connected",t[t.disconnecting=2]="disconnecting",t[t.disconnected=3]="disconnected"})(R||(R={}));var Se=class t{get isConnected(){return b.track(this,Dr),this.stage===R.connected}get context(){var e,r;return(r=(e=this.view)===null||e===void 0?void 0:e.context)!==null&&r!==void 0?r:se.default}get isBound(){var e,r;return(r=(e=this.view)===null||e===void 0?void 0:e.isBound)!==null&&r!==void 0?r:!1}get sourceLifetime(){var e;return(e=this.view)===null||e===void 0?void 0:e.sourceLifetime}get template(){var e;if(this._template===null){let r=this.definition;this.source.resolveTemplate?this._template=this.source.resolveTemplate():r.template&&(this._template=(e=r.template)!==null&&e!==void 0?e:null)}return this._template}set template(e){this._template!==e&&(this._template=e,this.needsInitialization||this.renderTemplate(e))}get shadowOptions(){return this._shadowRootOptions}set shadowOptions(e){if(this._shadowRootOptions===void 0&&e!==void 0){this._shadowRootOptions=e;let r=this.source.shadowRoot;r?this.hasExistingShadowRoot=!0:(r=this.source.attachShadow(e),e.mode==="closed"&&On.set(this.source,r))}}get mainStyles(){var e;if(this._mainStyles===null){let r=this.definition;this.source.resolveStyles?this._mainStyles=this.source.resolveStyles():r.styles&&(this._mainStyles=(e=r.styles)!==null&&e!==void 0?e:null)}return this._mainStyles}set mainStyles(e){this._mainStyles!==e&&(this._mainStyles!==null&&this.removeStyles(this._mainStyles),this._mainStyles=e,this.needsInitialization||this.addStyles(e))}constructor(e,r){this.boundObservables=null,this.needsInitialization=!0,this.hasExistingShadowRoot=!1,this.isPrerendered=new Promise(a=>{this._resolvePrerendered=a}),this.isHydrated=new Promise(a=>{this._resolveHydrated=a}),this._template=null,this.stage=R.disconnected,this.guardBehaviorConnection=!1,this.behaviors=null,this.behaviorsConnected=!1,this._mainStyles=null,this.$fastController=this,this.view=null,this._notifier=new Ve(e),this.source=e,this.definition=r,this.shadowOptions=r.shadowOptions;let o=Reflect.getPrototypeOf(e),n=o===null?[]:b.getAccessors(o);if(n.length>0){let a=this.boundObservables=Object.create(null);for(let i=0,l=n.length;i<l;++i){let d=n[i].name,c=e[d];c!==void 0&&(delete e[d],a[d]=c)}Object.keys(a).length===0&&(this.boundObservables=null)}this.captureBoundObservables()}get subject(){return this._notifier.subject}notify(e){this._notifier.notify(e)}subscribe(e,r){this._notifier.subscribe(e,r)}unsubscribe(e,r){this._notifier.unsubscribe(e,r)}onUnbind(e){var r;(r=this.view)===null||r===void 0||r.onUnbind(e)}addBehavior(e){var r,o;let n=(r=this.behaviors)!==null&&r!==void 0?r:this.behaviors=new Map,a=(o=n.get(e))!==null&&o!==void 0?o:0;a===0?(n.set(e,1),e.addedCallback&&e.addedCallback(this),e.connectedCallback&&!this.guardBehaviorConnection&&(this.stage===R.connected||this.stage===R.connecting)&&e.connectedCallback(this)):n.set(e,a+1)}removeBehavior(e,r=!1){let o=this.behaviors;if(o===null)return;let n=o.get(e);n!==void 0&&(n===1||r?(o.delete(e),e.disconnectedCallback&&this.stage!==R.disconnected&&e.disconnectedCallback(this),e.removedCallback&&e.removedCallback(this)):o.set(e,n-1))}addStyles(e){var r;if(!e)return;let o=this.source;e instanceof HTMLElement?((r=Ht(o))!==null&&r!==void 0?r:this.source).append(e):e.isAttachedTo(o)||e.addStylesTo(o)}removeStyles(e){var r;if(!e)return;let o=this.source;e instanceof HTMLElement?((r=Ht(o))!==null&&r!==void 0?r:o).removeChild(e):e.isAttachedTo(o)&&e.removeStylesFrom(o)}connect(){this.stage===R.disconnected&&(this.stage=R.connecting,this.captureBoundObservables(),this.syncLateAttributes(),this.observeLateAttributes(),this.bindObservables(),this.connectBehaviors(),this.needsInitialization?(this.renderTemplate(this.template),this.addStyles(this.mainStyles),this.needsInitialization=!1):this.view!==null&&this.view.bind(this.source),this.stage=R.connected,b.notify(this,Dr))}bindObservables(){if(this.boundObservables!==null){let e=this.source,r=this.boundObservables,o=Object.keys(r);for(let n=0,a=o.length;n<a;++n){let i=o[n];e[i]=r[i]}this.boundObservables=null}}captureBoundObservables(){let e=this.source,r=Object.getOwnPropertyNames(e),o=a=>{let i=Reflect.getPrototypeOf(e);for(;i!==null;){let l=Reflect.getOwnPropertyDescriptor(i,a);if(l?.get||l?.set)return!0;i=Reflect.getPrototypeOf(i)}return!1},n=this.boundObservables;for(let a=0,i=r.length;a<i;++a){let d=r[a];if(!o(d))continue;let c=e[d];if(c===void 0){delete e[d];continue}delete e[d],(n??(n=this.boundObservables=Object.create(null)))[d]=c}}syncLateAttributes(){let e=Ct(this.definition);if(e!==null)for(let r of Object.keys(e))this.source.hasAttribute(r)&&this.onAttributeChangedCallback(r,null,this.source.getAttribute(r))}observeLateAttributes(){let e=Ct(this.definition);if(e===null)return;let r=this.source;r[Er]===void 0&&(r[Er]=new MutationObserver(o=>{let n=r.$fastController,a=Ct(n.definition);if(a!==null)for(let i=0,l=o.length;i<l;++i){let d=o[i].attributeName;d===null||a[d]===void 0||n.onAttributeChangedCallback(d,null,r.getAttribute(d))}}),r[Er].observe(r,{attributes:!0,attributeFilter:Object.keys(e)}))}connectBehaviors(){if(this.behaviorsConnected===!1){let e=this.behaviors;if(e!==null){this.guardBehaviorConnection=!0;for(let r of e.keys())r.connectedCallback&&r.connectedCallback(this);this.guardBehaviorConnection=!1}this.behaviorsConnected=!0}}disconnectBehaviors(){if(this.behaviorsConnected===!0){let e=this.behaviors;if(e!==null)for(let r of e.keys())r.disconnectedCallback&&r.disconnectedCallback(this);this.behaviorsConnected=!1}}disconnect(){this.stage===R.connected&&(this.stage=R.disconnecting,b.notify(this,Dr),this.view!==null&&this.view.unbind(),this.disconnectBehaviors(),this.stage=R.disconnected)}onAttributeChangedCallback(e,r,o){let n=this.definition.attributeLookup[e];n!==void 0&&n.onAttributeChangedCallback(this.source,o)}emit(e,r,o){return this.stage===R.connected?this.source.dispatchEvent(new CustomEvent(e,Object.assign(Object.assign({detail:r},ls),o))):!1}renderTemplate(e){var r;let o=this.source,n=(r=Ht(o))!==null&&r!==void 0?r:o;if(this.view!==null)this.view.dispose(),this.view=null;else if((!this.needsInitialization||this.hasExistingShadowRoot)&&(!this.hasExistingShadowRoot||!this.needsInitialization))for(let a=n.firstChild;a!==null;a=n.firstChild)n.removeChild(a);if(e){let a=this.hasExistingShadowRoot&&this.needsInitialization,i=!1;a&&t.hydrationHook&&(i=t.hydrationHook(this,e,o,n)),i||this.renderClientSide(e,o,n),this._resolvePrerendered(a),this._resolveHydrated(i)}else this.needsInitialization&&(this._resolvePrerendered(!1),this._resolveHydrated(!1))}renderClientSide(e,r,o){if(this.hasExistingShadowRoot){for(let n=o.firstChild;n!==null;n=o.firstChild)o.removeChild(n);this.hasExistingShadowRoot=!1}this.view=e.render(r,o,r),this.view.sourceLifetime=xe.coupled}static forCustomElement(e,r=!1){let o=e.$fastController;if(o!==void 0&&!r)return o;let n=j.getForInstance(e);if(n===void 0)throw w.error(k.missingElementDefinition);return b.getNotifier(n).subscribe({handleChange:()=>{t.forCustomElement(e,!0),e.$fastController.connect()}},"template"),b.getNotifier(n).subscribe({handleChange:()=>{t.forCustomElement(e,!0),e.$fastController.connect()}},"shadowOptions"),e.$fastController=new Ln(e,n)}static setStrategy(e){Ln=e}static installHydrationHook(e){t.hydrationHook=e}};Se.hydrationHook=null;O(Se);Se.setStrategy(Se);function Lt(t){var e;return"adoptedStyleSheets"in t?t:(e=Ht(t))!==null&&e!==void 0?e:t.getRootNode()}var It=class t{constructor(e){let r=t.styleSheetCache;this.sheets=e.map(o=>{if(o instanceof CSSStyleSheet)return o;let n=r.get(o);return n===void 0&&(n=new CSSStyleSheet,n.replaceSync(o),r.set(o,n)),n})}addStylesTo(e){Dn(Lt(e),this.sheets)}removeStylesFrom(e){En(Lt(e),this.sheets)}};It.styleSheetCache=new Map;var cs=0,ds=()=>`fast-${++cs}`;function In(t){return t===document?document.body:t}var Rr=class{constructor(e){this.styles=e,this.styleClass=ds()}addStylesTo(e){e=In(Lt(e));let r=this.styles,o=this.styleClass;for(let n=0;n<r.length;n++){let a=document.createElement("style");a.innerHTML=r[n],a.className=o,e.append(a)}}removeStylesFrom(e){e=In(Lt(e));let r=e.querySelectorAll(`.${this.styleClass}`);for(let o=0,n=r.length;o<n;++o)e.removeChild(r[o])}},Dn=(t,e)=>{t.adoptedStyleSheets=[...t.adoptedStyleSheets,...e]},En=(t,e)=>{t.adoptedStyleSheets=t.adoptedStyleSheets.filter(r=>e.indexOf(r)===-1)};if(E.supportsAdoptedStyleSheets){try{document.adoptedStyleSheets.push(),document.adoptedStyleSheets.splice(),Dn=(t,e)=>{t.adoptedStyleSheets.push(...e)},En=(t,e)=>{for(let r of e){let o=t.adoptedStyleSheets.indexOf(r);o!==-1&&t.adoptedStyleSheets.splice(o,1)}}}catch{}E.setDefaultStrategy(It)}else E.setDefaultStrategy(Rr);function Rn(t){let e=class extends t{constructor(){super(),Se.forCustomElement(this)}$emit(r,o,n){return this.$fastController.emit(r,o,n)}connectedCallback(){this.$fastController.connect()}disconnectedCallback(){this.$fastController.disconnect()}attributeChangedCallback(r,o,n){this.$fastController.onAttributeChangedCallback(r,o,n)}};return j.registerBaseType(e),e}function us(t){return typeof t?.then=="function"}function ps(t,e,r){return Array.isArray(e)&&(r=e,e=void 0),(q(t)?j.compose(t,e):j.compose(this,t)).then(n=>{Ir(n,n.registry,r);let a=Or(n);return us(a)?a.then(()=>n.define().type):n.define().type})}function hs(t){return Rn(t)}var W=Object.assign(Rn(HTMLElement),{from:hs,define:ps});var Mr=ze(),zr=Object.freeze({getForInstance:Mr.getForInstance,getByType:Mr.getByType,define(t){return Mr.register({type:t}),t}});function Mn(t,e){let r=[],o="";for(let n=0,a=t.length-1;n<a;++n){o+=t[n];let i=e[n];zr.getForInstance(i)!==void 0&&(i=i.createCSS()),i instanceof E||i instanceof CSSStyleSheet?(o.trim()!==""&&(r.push(o),o=""),r.push(i)):o+=i}return o+=t[t.length-1],o.trim()!==""&&r.push(o),r}var P=((t,...e)=>new E(Mn(t,e))),Ot=class{constructor(e){this.value=e.length===0?"":e.length===1?e[0]:new E(e)}createCSS(){return this.value}};zr.define(Ot);P.partial=(t,...e)=>new Ot(Mn(t,e));var _r=`fast-${Math.random().toString(36).substring(2,8)}`,Dt=`${_r}{`,at=`}${_r}`,gs=at.length,fs=0,it=()=>`${_r}-${++fs}`,Et=Object.freeze({interpolation:t=>`${Dt}${t}${at}`,attribute:t=>`${it()}="${Dt}${t}${at}"`,comment:t=>`<!--${Dt}${t}${at}-->`}),st=Object.freeze({parse(t,e){let r=t.split(Dt);if(r.length===1)return null;let o=[];for(let n=0,a=r.length;n<a;++n){let i=r[n],l=i.indexOf(at),d;if(l===-1)d=i;else{let c=i.substring(0,l);o.push(e[c]),d=i.substring(l+gs)}d!==""&&o.push(d)}return o}});var Vr=ze(),C=Object.freeze({getForInstance:Vr.getForInstance,getByType:Vr.getByType,define(t,e){return e=e||{},e.type=t,Vr.register(e),t},assignAspect(t,e){if(!e){t.aspectType=F.content;return}switch(t.sourceAspect=e,e[0]){case":":t.targetAspect=e.substring(1),t.aspectType=t.targetAspect==="classList"?F.tokenList:F.property;break;case"?":t.targetAspect=e.substring(1),t.aspectType=F.booleanAttribute;break;case"@":t.targetAspect=e.substring(1),t.aspectType=F.event;break;default:t.targetAspect=e,t.aspectType=F.attribute;break}}});var He=class{constructor(e){this.options=e}createHTML(e){return Et.attribute(e(this))}createBehavior(){return this}};O(He);var Rt=class extends He{get id(){return this._id}set id(e){this._id=e,this._controllerProperty=`${e}-c`}bind(e){let r=e.targets[this.targetNodeId];r[this._controllerProperty]=e,this.updateTarget(e.source,this.computeNodes(r)),this.observe(r),e.onUnbind(this)}unbind(e){let r=e.targets[this.targetNodeId];this.updateTarget(e.source,vn),this.disconnect(r),r[this._controllerProperty]=null}getSource(e){return e[this._controllerProperty].source}updateTarget(e,r){e[this.options.property]=r}computeNodes(e){let r=this.getNodes(e);return"filter"in this.options&&(r=r.filter(this.options.filter)),r}};var zn=/fe-b\$\$start\$\$(\d+)\$\$(.+)\$\$fe-b/,ms=/fe-b\$\$end\$\$(\d+)\$\$(.+)\$\$fe-b/,vs=/fe-repeat\$\$start\$\$(\d+)\$\$fe-repeat/,bs=/fe-repeat\$\$end\$\$(\d+)\$\$fe-repeat/,ys=/^(?:.{0,1000})fe-eb\$\$start\$\$(.+?)\$\$fe-eb/,xs=/fe-eb\$\$end\$\$(.{0,1000})\$\$fe-eb(?:.{0,1000})$/;function _n(t){return t&&t.nodeType===Node.COMMENT_NODE}var _=Object.freeze({attributeMarkerName:"data-fe",legacyAttributeMarkerName:"data-fe-b",legacyCompactAttributeMarkerName:"data-fe-c",contentBindingStartMarker(){return"fe:b"},contentBindingEndMarker(){return"fe:/b"},repeatStartMarker(){return"fe:r"},repeatEndMarker(){return"fe:/r"},elementBoundaryStartMarker(){return"fe:e"},elementBoundaryEndMarker(){return"fe:/e"},isContentBindingStartMarker(t){return t==="fe:b"||zn.test(t)},isContentBindingEndMarker(t){return t==="fe:/b"||ms.test(t)},isRepeatViewStartMarker(t){return t==="fe:r"||vs.test(t)},isRepeatViewEndMarker(t){return t==="fe:/r"||bs.test(t)},isElementBoundaryStartMarker(t){return _n(t)&&(t.data==="fe:e"||ys.test(t.data))},isElementBoundaryEndMarker(t){return _n(t)&&(t.data==="fe:/e"||xs.test(t.data))},parseAttributeBindingCount(t){let e=t.getAttribute(this.attributeMarkerName);if(e===null)return null;let r=e.trim();if(!/^\d+$/.test(r))throw w.error(k.invalidHydrationAttributeMarker,{value:e});let o=parseInt(r,10);if(o<1)throw w.error(k.invalidHydrationAttributeMarker,{value:e});return o},parseLegacyAttributeBindingIndices(t){let e=[],r=t.getAttribute(this.legacyAttributeMarkerName);if(r!==null)for(let a of r.trim().split(/\s+/)){if(a==="")continue;let i=Number(a);if(!Number.isInteger(i)||i<0)throw w.error(k.invalidHydrationAttributeMarker,{value:r});e.push(i)}let o=`${this.legacyAttributeMarkerName}-`,n=`${this.legacyCompactAttributeMarkerName}-`;for(let a of t.getAttributeNames())if(a.startsWith(o)){let i=Number(a.slice(o.length));if(!Number.isInteger(i)||i<0)throw w.error(k.invalidHydrationAttributeMarker,{value:a});e.push(i)}else if(a.startsWith(n)){let[i,l]=a.slice(n.length).split("-").map(d=>Number(d));if(!Number.isInteger(i)||!Number.isInteger(l)||i<0||l<1)throw w.error(k.invalidHydrationAttributeMarker,{value:a});for(let d=0;d<l;d++)e.push(i+d)}return e.length===0?null:e},removeLegacyAttributeBindingMarkers(t){t.removeAttribute(this.legacyAttributeMarkerName);for(let e of t.getAttributeNames())(e.startsWith(`${this.legacyAttributeMarkerName}-`)||e.startsWith(`${this.legacyCompactAttributeMarkerName}-`))&&t.removeAttribute(e)},parseLegacyContentBindingStartIndex(t){return Ss(zn,t)}});function Ss(t,e){let r=t.exec(e);return r===null?null:Number(r[1])}var lt=Symbol.for("fe-hydration");function Mt(t){return t[lt]===lt}var Vn="unknown";function jn(t,e){let r=e?`: ${e}`:"";return`Hydration mismatch in <${t}>${r}. Install hydrationDebugger() from "@microsoft/fast-element/hydration.js" and pass it as enableHydration({ debugger: hydrationDebugger() }) for an "Expected / Received" report including the SSR HTML snippet.`}var Wn="content following `<!--fe:b-->` content binding marker",Gn="matching `<!--fe:/b-->` content binding close marker",Xn="matching `<!--fe:/e-->` element boundary close marker";function jr(t){return`no more attribute bindings (template defines ${t})`}function Un(t){return`no more content bindings (template defines ${t})`}function qn(t,e){let r=(t??Vn).toLowerCase();return jn(r,e)}var ks={formatBindingMismatch(t,e,r,o){return{message:qn(o,void 0)}},formatStructuralError(t,e,r){return{message:qn(e,r)}}},Bs=ks;function de(){return Bs}function ue(t){var e;return t?(e=t.getRootNode().host)===null||e===void 0?void 0:e.nodeName:void 0}var Y=class extends Error{constructor(e,r,o,n,a){super(e),this.factories=r,this.node=o,this.expected=n,this.received=a}};function Wr(t){return t.nodeType===Node.COMMENT_NODE}function Kn(t){return t.nodeType===Node.TEXT_NODE}function Gr(t,e){let r=document.createRange();return r.setStart(t,0),r.setEnd(e,Wr(e)||Kn(e)?e.data.length:e.childNodes.length),r}function Yn(t,e,r){let o=Gr(t,e),n=o.commonAncestorContainer,a=document.createTreeWalker(n,NodeFilter.SHOW_ELEMENT+NodeFilter.SHOW_COMMENT+NodeFilter.SHOW_TEXT,{acceptNode(p){return o.comparePoint(p,0)===0?NodeFilter.FILTER_ACCEPT:NodeFilter.FILTER_REJECT}}),i={},l={},d=Ns(r),c=d,s=a.currentNode=t;for(;s!==null;){switch(s.nodeType){case Node.ELEMENT_NODE:{let p=s,m=_.parseLegacyAttributeBindingIndices(p);if(m!==null){for(let $ of m){let U=$+d,be=r[U];if(!be){let tt=jr(r.length),vr=de().formatStructuralError(s,ue(s),tt);throw new Y(vr.message,r,p,vr.expected,vr.received)}Ge(be,s,i),c=Math.max(c,U+1)}_.removeLegacyAttributeBindingMarkers(p);break}let B=_.parseAttributeBindingCount(p);if(B!==null){for(let $=0;$<B;$++){let U=r[c++];if(!U){let be=jr(r.length),tt=de().formatStructuralError(s,ue(s),be);throw new Y(tt.message,r,s,tt.expected,tt.received)}Ge(U,s,i)}p.removeAttribute(_.attributeMarkerName)}break}case Node.COMMENT_NODE:{let p=s.data;if(_.isElementBoundaryStartMarker(s))s.data="",Ps(a,r,s);else if(_.isContentBindingStartMarker(p)){let m=_.parseLegacyContentBindingStartIndex(p),B=m===null?c++:m+d,$=r[B];if(c=Math.max(c,B+1),!$){let U=Un(r.length),be=de().formatStructuralError(s,ue(s),U);throw new Y(be.message,r,s,be.expected,be.received)}ws(s,a,$,r,i,l)}break}}s=a.nextNode()}return o.detach(),{targets:i,boundaries:l}}function ws(t,e,r,o,n,a){let i=[],l=e.nextSibling();if(t.data="",l===null){let s=Wn,p=de().formatStructuralError(t,ue(t),s);throw new Y(p.message,o,t,p.expected,p.received)}let d=l,c=0;for(;l!==null;){if(Wr(l)){if(_.isContentBindingStartMarker(l.data))c++;else if(_.isContentBindingEndMarker(l.data)){if(c===0)break;c--}}i.push(l),l=e.nextSibling()}if(l===null){let s=Gn,p=de().formatStructuralError(t,ue(t),s);throw new Y(p.message,o,t,p.expected,p.received)}if(l.data="",i.length===1&&Kn(i[0]))Ge(r,i[0],n);else{l!==d&&l.previousSibling!==null&&(a[r.targetNodeId]={first:d,last:l.previousSibling});let s=l.parentNode.insertBefore(document.createTextNode(""),l);Ge(r,s,n)}}function Ps(t,e,r){let o=0,n=t.nextSibling();for(;n!==null;){if(Wr(n)){if(_.isElementBoundaryStartMarker(n))n.data="",o++;else if(_.isElementBoundaryEndMarker(n)){if(o===0){n.data="";return}n.data="",o--}}n=t.nextSibling()}let a=Xn,i=de().formatStructuralError(r,ue(r),a);throw new Y(i.message,e,r,i.expected,i.received)}function Ns(t){let e=0;for(let r=0,o=t.length;r<o&&t[r].targetNodeId==="h";++r)e++;return e}function Ge(t,e,r){if(t.targetNodeId===void 0)throw new Error("Factory could not be target to the node");r[t.targetNodeId]=e}function Xe(t,e){let r=t.parentNode,o=t,n;for(;o!==e;){if(n=o.nextSibling,!n)throw new Error(`Unmatched first/last child inside "${e.getRootNode().host.nodeName}".`);r.removeChild(o),o=n}r.removeChild(e)}var ct=class{constructor(){this.index=0,this.length=0}get event(){return se.getEvent()}get isEven(){return this.index%2===0}get isOdd(){return this.index%2!==0}get isFirst(){return this.index===0}get isInMiddle(){return!this.isFirst&&!this.isLast}get isLast(){return this.index===this.length-1}eventDetail(){return this.event.detail}eventTarget(){return this.event.target}},Le=class extends ct{constructor(e,r,o){super(),this.fragment=e,this.factories=r,this.targets=o,this.behaviors=null,this.unbindables=[],this.source=null,this.isBound=!1,this.sourceLifetime=xe.unknown,this._skipAttrUpdates=!1,this.isPrerendered=Promise.resolve(!1),this.isHydrated=Promise.resolve(!1),this.context=this,this.firstChild=e.firstChild,this.lastChild=e.lastChild}appendTo(e){e.appendChild(this.fragment)}insertBefore(e){if(this.fragment.hasChildNodes())e.parentNode.insertBefore(this.fragment,e);else{let r=this.lastChild;if(e.previousSibling===r)return;let o=e.parentNode,n=this.firstChild,a;for(;n!==r;)a=n.nextSibling,o.insertBefore(n,e),n=a;o.insertBefore(r,e)}}remove(){let e=this.fragment,r=this.lastChild,o=this.firstChild,n;for(;o!==r;)n=o.nextSibling,e.appendChild(o),o=n;e.appendChild(r)}dispose(){Xe(this.firstChild,this.lastChild),this.unbind()}onUnbind(e){this.unbindables.push(e)}bind(e,r=this){if(this.source===e&&this.context===r)return;let o=this.behaviors;if(o===null){this.source=e,this.context=r,this.behaviors=o=new Array(this.factories.length);let n=this.factories;for(let a=0,i=n.length;a<i;++a){let l=n[a].createBehavior();l.bind(this),o[a]=l}}else{this.source!==null&&this.evaluateUnbindables(),this.isBound=!1,this.source=e,this.context=r;for(let n=0,a=o.length;n<a;++n)o[n].bind(this)}this.isBound=!0}unbind(){!this.isBound||this.source===null||(this.evaluateUnbindables(),this.source=null,this.context=this,this.isBound=!1)}evaluateUnbindables(){let e=this.unbindables;for(let r=0,o=e.length;r<o;++r)e[r].unbind(this);e.length=0}static disposeContiguousBatch(e){if(e.length!==0){Xe(e[0].firstChild,e[e.length-1].lastChild);for(let r=0,o=e.length;r<o;++r)e[r].unbind()}}};O(Le);b.defineProperty(Le.prototype,"index");b.defineProperty(Le.prototype,"length");var Jn,Ie={unhydrated:"unhydrated",hydrating:"hydrating",hydrated:"hydrated"},Xr=class extends Error{constructor(e,r,o,n,a,i){super(e),this.factory=r,this.fragment=o,this.templateString=n,this.expected=a,this.received=i}},Ur=class extends ct{get hydrationStage(){return this._hydrationStage}get targets(){return this._targets}get bindingViewBoundaries(){return this._bindingViewBoundaries}constructor(e,r,o,n){super(),this.firstChild=e,this.lastChild=r,this.sourceTemplate=o,this.hostBindingTarget=n,this[Jn]=lt,this.context=this,this.source=null,this.isBound=!1,this.sourceLifetime=xe.unknown,this.unbindables=[],this.fragment=null,this.behaviors=null,this._hydrationStage=Ie.unhydrated,this._bindingViewBoundaries={},this._targets={},this.factories=o.compile().factories}insertBefore(e){if(this.fragment!==null)if(this.fragment.hasChildNodes())e.parentNode.insertBefore(this.fragment,e);else{let r=this.lastChild;if(e.previousSibling===r)return;let o=e.parentNode,n=this.firstChild,a;for(;n!==r;)a=n.nextSibling,o.insertBefore(n,e),n=a;o.insertBefore(r,e)}}appendTo(e){this.fragment!==null&&e.appendChild(this.fragment)}remove(){let e=this.fragment||(this.fragment=document.createDocumentFragment()),r=this.lastChild,o=this.firstChild,n;for(;o!==r;){if(n=o.nextSibling,!n)throw new Error(`Unmatched first/last child inside "${r.getRootNode().host.nodeName}".`);e.appendChild(o),o=n}e.appendChild(r)}bind(e,r=this){if(this.source===e&&this.context===r)return;this.hydrationStage!==Ie.hydrated&&(this._hydrationStage=Ie.hydrating);let o=this.behaviors;if(o===null){this.source=e,this.context=r;try{let{targets:a,boundaries:i}=Yn(this.firstChild,this.lastChild,this.factories);this._targets=a,this._bindingViewBoundaries=i}catch(a){if(a instanceof Y){let i=this.sourceTemplate.html;typeof i!="string"&&(i=i.innerHTML),a.templateString=i}throw a}this.behaviors=o=new Array(this.factories.length);let n=this.factories;for(let a=0,i=n.length;a<i;++a){let l=n[a];if(l.targetNodeId==="h"&&this.hostBindingTarget&&Ge(l,this.hostBindingTarget,this._targets),l.targetNodeId in this.targets){let d=l.createBehavior();d.bind(this),o[a]=d}else{let d=this.sourceTemplate.html;typeof d!="string"&&(d=d.innerHTML);let c=Gr(this.firstChild,this.lastChild).cloneContents(),s=de().formatBindingMismatch(l,this.firstChild,this.lastChild,ue(this.firstChild));throw new Xr(s.message,l,c,d,s.expected,s.received)}}}else{this.source!==null&&this.evaluateUnbindables(),this.isBound=!1,this.source=e,this.context=r;for(let n=0,a=o.length;n<a;++n)o[n].bind(this)}this.isBound=!0,this._hydrationStage=Ie.hydrated}unbind(){!this.isBound||this.source===null||(this.evaluateUnbindables(),this.source=null,this.context=this,this.isBound=!1)}dispose(){Xe(this.firstChild,this.lastChild),this.unbind()}onUnbind(e){this.unbindables.push(e)}evaluateUnbindables(){let e=this.unbindables;for(let r=0,o=e.length;r<o;++r)e[r].unbind(this);e.length=0}};Jn=lt;O(Ur);function Fs(t){return t.create!==void 0}function $s(t,e,r,o){if(r==null&&(r=""),Fs(r)){t.textContent="";let n=t.$fastView;if(n===void 0)if(Mt(o)&&Mt(r)&&o.bindingViewBoundaries[this.targetNodeId]!==void 0&&o.hydrationStage!==Ie.hydrated){let a=o.bindingViewBoundaries[this.targetNodeId];n=r.hydrate(a.first,a.last)}else n=r.create();else t.$fastTemplate!==r&&(n.isComposed&&(n.remove(),n.unbind()),n=r.create());n.isComposed?n.needsBindOnly&&(n.needsBindOnly=!1,n.bind(o.source,o.context)):(n.isComposed=!0,n.bind(o.source,o.context),n.insertBefore(t),t.$fastView=n,t.$fastTemplate=r)}else{let n=t.$fastView;if(n!==void 0&&n.isComposed&&(n.isComposed=!1,n.remove(),n.needsBindOnly?n.needsBindOnly=!1:n.unbind()),n===void 0&&Mt(o)&&o.hydrationStage!==Ie.hydrated){let a=o.bindingViewBoundaries[this.targetNodeId];a!==void 0&&(Xe(a.first,a.last),delete o.bindingViewBoundaries[this.targetNodeId])}t.textContent=r}}function Ts(t,e,r){var o;let n=`${this.id}-t`,a=(o=t[n])!==null&&o!==void 0?o:t[n]={v:0,cv:Object.create(null)},i=a.cv,l=a.v,d=t[e];if(r!=null&&r.length){let c=r.split(/\s+/);for(let s=0,p=c.length;s<p;++s){let m=c[s];m!==""&&(i[m]=l,d.add(m))}}if(a.v=l+1,l!==0){l-=1;for(let c in i)i[c]===l&&d.remove(c)}}var As={[F.attribute]:le.setAttribute,[F.booleanAttribute]:le.setBooleanAttribute,[F.property]:(t,e,r)=>t[e]=r,[F.content]:$s,[F.tokenList]:Ts,[F.event]:()=>{}},J=class{constructor(e){this.updateTarget=null,this.aspectType=F.content,this.dataBinding=e}createHTML(e){return Et.interpolation(e(this))}createBehavior(){var e;if(this.updateTarget===null){let r=As[this.aspectType],o=(e=this.dataBinding.policy)!==null&&e!==void 0?e:this.policy;if(!r)throw w.error(k.unsupportedBindingBehavior);this.data=`${this.id}-d`,this.updateTarget=o.protect(this.targetTagName,this.aspectType,this.targetAspect,r)}return this}bind(e){var r;let o=e.targets[this.targetNodeId];switch(this.aspectType){case F.event:o[this.data]=e,o.addEventListener(this.targetAspect,this,this.dataBinding.options);break;case F.content:e.onUnbind(this);default:{let n=(r=o[this.data])!==null&&r!==void 0?r:o[this.data]=this.dataBinding.createObserver(this,this);n.target=o,n.controller=e;let a=n.bind(e);if(e._skipAttrUpdates&&(this.aspectType===F.attribute||this.aspectType===F.booleanAttribute))break;this.updateTarget(o,this.targetAspect,a,e);break}}}unbind(e){let o=e.targets[this.targetNodeId].$fastView;o!==void 0&&o.isComposed&&(o.unbind(),o.needsBindOnly=!0)}handleEvent(e){let r=e.currentTarget[this.data];if(r.isBound){se.setEvent(e);let o=this.dataBinding.evaluate(r.source,r.context);se.setEvent(null),o!==!0&&e.preventDefault()}}handleChange(e,r){let o=r.controller;if(!o.isBound)return;let n=r.target;this.updateTarget(n,this.targetAspect,r.bind(o),o)}};C.define(J,{aspected:!0});var ta=(t,e)=>`${t}.${e}`,Qn={},Q={index:0,node:null};function Zn(t){t.startsWith("fast-")||w.warn(k.hostBindingWithoutHost,{name:t})}var Cs=new Proxy(document.createElement("div"),{get(t,e){Zn(e);let r=Reflect.get(t,e);return q(r)?r.bind(t):r},set(t,e,r){return Zn(e),Reflect.set(t,e,r)}}),qr=class{constructor(e,r,o){this.fragment=e,this.directives=r,this.policy=o,this.proto=null,this.nodeIds=new Set,this.descriptors={},this.factories=[]}addFactory(e,r,o,n,a){var i,l;this.nodeIds.has(o)||(this.nodeIds.add(o),this.addTargetDescriptor(r,o,n)),e.id=(i=e.id)!==null&&i!==void 0?i:it(),e.targetNodeId=o,e.targetTagName=a,e.policy=(l=e.policy)!==null&&l!==void 0?l:this.policy,this.factories.push(e)}freeze(){return this.proto=Object.create(null,this.descriptors),this}addTargetDescriptor(e,r,o){let n=this.descriptors;if(r==="r"||r==="h"||n[r])return;if(!n[e]){let i=e.lastIndexOf("."),l=e.substring(0,i),d=parseInt(e.substring(i+1),10);this.addTargetDescriptor(l,e,d)}let a=Qn[r];if(!a){let i=`_${r}`;Qn[r]=a={get(){var l;return(l=this[i])!==null&&l!==void 0?l:this[i]=this[e].childNodes[o]}}}n[r]=a}createView(e){let r=this.fragment.cloneNode(!0),o=Object.create(this.proto);o.r=r,o.h=e??Cs;for(let n of this.nodeIds)Reflect.get(o,n);return new Le(r,this.factories,o)}};function ra(t,e,r,o,n,a=!1){let i=r.attributes,l=t.directives;for(let d=0,c=i.length;d<c;++d){let s=i[d],p=s.value,m=st.parse(p,l),B=null;m===null?a&&(B=new J(Nt(()=>p,t.policy)),C.assignAspect(B,s.name)):B=zt.aggregate(m,t.policy),B!==null&&(r.removeAttributeNode(s),d--,c--,t.addFactory(B,e,o,n,r.tagName))}}function Hs(t,e,r,o,n){let a=st.parse(e.textContent,t.directives);if(a===null)return Q.node=e.nextSibling,Q.index=n+1,Q;let i,l=i=e;for(let d=0,c=a.length;d<c;++d){let s=a[d];d!==0&&(n++,o=ta(r,n),i=l.parentNode.insertBefore(document.createTextNode(""),l.nextSibling)),I(s)?i.textContent=s:(i.textContent=" ",C.assignAspect(s),t.addFactory(s,r,o,n,null)),l=i}return Q.index=n+1,Q.node=l.nextSibling,Q}function oa(t,e,r){let o=0,n=e.firstChild;for(;n;){let a=Ls(t,r,n,o);n=a.node,o=a.index}}function Ls(t,e,r,o){let n=ta(e,o);switch(r.nodeType){case 1:ra(t,e,r,n,o),oa(t,r,n);break;case 3:return Hs(t,r,e,n,o);case 8:{let a=st.parse(r.data,t.directives);a!==null&&t.addFactory(zt.aggregate(a),e,n,o,null);break}}return Q.index=o+1,Q.node=r.nextSibling,Q}function Is(t,e){return t&&t.nodeType===8&&st.parse(t.data,e)!==null}var ea="TEMPLATE",zt={compile(t,e,r=le.policy){let o;if(I(t)){o=document.createElement(ea),o.innerHTML=r.createHTML(t);let i=o.content.firstElementChild;i!==null&&i.tagName===ea&&(o=i)}else o=t;!o.content.firstChild&&!o.content.lastChild&&o.content.appendChild(document.createComment(""));let n=document.adoptNode(o.content),a=new qr(n,e,r);return ra(a,"",o,"h",0,!0),(Is(n.firstChild,e)||n.childNodes.length===1&&Object.keys(e).length>0)&&n.insertBefore(document.createComment(""),n.firstChild),oa(a,n,"r"),Q.node=null,a.freeze()},setDefaultStrategy(t){this.compile=t},aggregate(t,e=le.policy){if(t.length===1)return t[0];let r,o=!1,n,a=t.length,i=t.map(c=>I(c)?()=>c:(r=c.sourceAspect||r,o=o||c.dataBinding.isVolatile,n=n||c.dataBinding.policy,c.dataBinding.evaluate)),l=(c,s)=>{let p="";for(let m=0;m<a;++m)p+=i[m](c,s);return p},d=new J(Ft(l,n??e,o));return C.assignAspect(d,r),d}};var dt=class extends He{bind(e){e.source[this.options]=e.targets[this.targetNodeId]}};C.define(dt);var pe=t=>new dt(t);var Os=/([ \x09\x0a\x0c\x0d])([^\0-\x1F\x7F-\x9F "'>=/]+)([ \x09\x0a\x0c\x0d]*=[ \x09\x0a\x0c\x0d]*(?:[^ \x09\x0a\x0c\x0d"'`<>=]*|"[^"]*|'[^']*))$/,Ds=Object.create(null),G=class{constructor(e,r=Ds){this.html=e,this.factories=r}createHTML(e){let r=this.factories;for(let o in r)e(r[o]);return this.html}};G.empty=new G("");C.define(G);function Es(t,e,r,o=C.getForInstance(t)){if(o.aspected){let n=Os.exec(e);n!==null&&C.assignAspect(t,n[2])}return t.createHTML(r)}var ut=class t{constructor(e,r={},o){this.policy=o,this.result=null,this.html=e,this.factories=r}compile(){return this.result===null&&(this.result=zt.compile(this.html,this.factories,this.policy)),this.result}inline(){return new G(I(this.html)?this.html:this.html.innerHTML,this.factories)}withPolicy(e){if(this.result)throw w.error(k.cannotSetTemplatePolicyAfterCompilation);if(this.policy)throw w.error(k.onlySetTemplatePolicyOnce);return this.policy=e,this}render(e,r,o){let n=this.create(o);return n.bind(e),n.appendTo(r),n}create(e){return this.compile().createView(e)}static create(e,r,o){let n="",a=Object.create(null),i=l=>{var d;let c=(d=l.id)!==null&&d!==void 0?d:l.id=it();return a[c]=l,c};for(let l=0,d=e.length-1;l<d;++l){let c=e[l],s=r[l],p;if(n+=c,q(s))s=new J(Ft(s));else if(s instanceof ye)s=new J(s);else if(!(p=C.getForInstance(s))){let m=s;s=new J(Nt(()=>m))}n+=Es(s,c,i,p)}return new t(n+e[e.length-1],a,o)}};O(ut);var H=((t,...e)=>{if(Array.isArray(t)&&Array.isArray(t.raw))return ut.create(t,e);throw w.error(k.directCallToHTMLTagNotAllowed)});H.partial=t=>new G(t);var na="slotchange",pt=class extends Rt{observe(e){e.addEventListener(na,this)}disconnect(e){e.removeEventListener(na,this)}getNodes(e){return e.assignedNodes(this.options)}handleEvent(e){let r=e.currentTarget;this.updateTarget(this.getSource(r),this.computeNodes(r))}};C.define(pt);function ht(t){return I(t)&&(t={property:t}),new pt(t)}var Rs=0;function Kr(t="id-"){let e=`${t}${Rs++}`;return document.getElementById(e)?Kr(t):e}var Ms="adoptedStyleSheets"in document,zs="CSSScopeRule"in window,Yr=new Map,Jr=new Map,ft=new Map,Qr=new Map,gt=new CSSStyleSheet;function ia(t,e=document){if(!(!e||!Gs(e))){if(!Ms||e instanceof HTMLElement&&!e.shadowRoot&&!zs){let r=e===document?document.documentElement:e;Ys(t,r);return}[document,document.documentElement,document.body].includes(e)?Xs(t):Us(t,e)}}var _s=/^[a-zA-Z_-][a-zA-Z0-9_-]*$/;function Vs(t){return _s.test(t)?t:""}var js=/(;|{|}|\/\*|\*\/|@import|url\s*\(|expression\s*\(|javascript:)/i;function Ws(t){return js.test(t)?"":t}function Zr(t){return Yr.has(t)||Yr.set(t,Object.keys(t).reduce((e,r)=>{let o=Vs(r),n=Ws(t[r].toString());return o&&n?`${e}--${o}:${n};`:e},"")),Yr.get(t)}function Gs(t){return[document,document.documentElement].includes(t)||t instanceof HTMLElement&&!!t.closest("body")}function Xs(t){if(t===null){document.adoptedStyleSheets.includes(gt)&&gt.replaceSync("");return}gt.replaceSync(`
    html {
      ${Zr(t)}
    }
  `),document.adoptedStyleSheets.includes(gt)||document.adoptedStyleSheets.push(gt)}function Us(t,e){if(t===null){e.shadowRoot&&ft.has(e)?ft.get(e).replaceSync(""):(delete e.dataset.fluentTheme,aa(e));return}e.shadowRoot?qs(e).replaceSync(`
      :host {
        ${Zr(t)}
      }
    `):(e.dataset.fluentTheme=Ks(t),aa(e))}function qs(t){if(!ft.has(t)){let e=new CSSStyleSheet;ft.set(t,e),t.shadowRoot?.adoptedStyleSheets.push(e)}return ft.get(t)}function Ks(t){if(!Jr.has(t)){let e=Kr("fluent-theme-"),r=new CSSStyleSheet;Jr.set(t,e),r.replaceSync(`
      @scope ([data-fluent-theme="${e}"]) {
        :scope {
          ${Zr(t)}
        }
      }
    `),document.adoptedStyleSheets.push(r)}return Jr.get(t)}function Ys(t,e){let r;if(t===null){if(!Qr.has(e))return;r=Qr.get(e)}else Qr.set(e,t),r=t;for(let[o,n]of Object.entries(r))t===null?e.style.removeProperty(`--${o}`):e.style.setProperty(`--${o}`,n.toString())}var{userAgent:Js}=navigator,Qs=/\bAppleWebKit\/[\d+\.]+\b/.test(Js);function aa(t){if(!Qs)return;let e="visibility",r="hidden",o=t.style.getPropertyValue(e);t.style.setProperty(e,r),D.process(),t.style.setProperty(e,o)}var N=Object.freeze({prefix:"fluent",shadowRootMode:"open",registry:globalThis.customElements});var sa={filled:"filled",ghost:"ghost",outline:"outline",tint:"tint"},la={brand:"brand",danger:"danger",important:"important",informative:"informative",severe:"severe",subtle:"subtle",success:"success",warning:"warning"};var ca=`${N.prefix}-badge`;var Zs=":host([hidden]){display:none}";function ke(t){return`${Zs}:host{display:${t}}`}var Z="var(--colorNeutralForeground1)",da="var(--colorNeutralForeground1Hover)",ua="var(--colorNeutralForeground1Pressed)";var eo="var(--colorNeutralForeground2)",pa="var(--colorNeutralForeground2Hover)",ha="var(--colorNeutralForeground2Pressed)";var to="var(--colorNeutralForeground2BrandHover)",ro="var(--colorNeutralForeground2BrandPressed)";var z="var(--colorNeutralForeground3)";var ga="var(--colorNeutralForeground4)";var _t="var(--colorNeutralForegroundDisabled)";var he="var(--colorNeutralForegroundOnBrand)",Vt="var(--colorNeutralForegroundInverted)";var fa="var(--colorNeutralForegroundStaticInverted)";var oo="var(--colorBrandForeground1)",ma="var(--colorBrandForeground2)";var va="var(--colorNeutralForeground1Static)";var ee="var(--colorNeutralBackground1)",ba="var(--colorNeutralBackground1Hover)",ya="var(--colorNeutralBackground1Pressed)";var mt="var(--colorNeutralBackground3)";var xa="var(--colorNeutralBackground4)";var Sa="var(--colorNeutralBackground5)";var jt="var(--colorNeutralBackground6)";var ka="var(--colorNeutralBackgroundInverted)";var Ba="var(--colorSubtleBackground)",wa="var(--colorSubtleBackgroundHover)",Pa="var(--colorSubtleBackgroundPressed)";var V="var(--colorTransparentBackground)",no="var(--colorTransparentBackgroundHover)",ao="var(--colorTransparentBackgroundPressed)";var Na="var(--colorNeutralBackgroundDisabled)";var Wt="var(--colorBrandBackground)",Fa="var(--colorBrandBackgroundHover)",$a="var(--colorBrandBackgroundPressed)";var Ta="var(--colorCompoundBrandBackground)";var Aa="var(--colorBrandBackground2)";var vt="var(--colorNeutralStrokeAccessible)",io="var(--colorNeutralStrokeAccessibleHover)",so="var(--colorNeutralStrokeAccessiblePressed)";var Oe="var(--colorNeutralStroke1)",Gt="var(--colorNeutralStroke1Hover)",Xt="var(--colorNeutralStroke1Pressed)";var Ut="var(--colorNeutralStroke2)";var Ca="var(--colorBrandStroke2)";var Ha="var(--colorCompoundBrandStroke)";var La="var(--colorCompoundBrandStrokePressed)",bt="var(--colorNeutralStrokeDisabled)";var Be="var(--colorTransparentStroke)",lo="var(--colorTransparentStrokeInteractive)";var co="var(--colorStrokeFocus2)";var qt="var(--colorPaletteRedBackground1)";var Kt="var(--colorPaletteRedBackground3)";var Yt="var(--colorPaletteRedBorder1)",Ia="var(--colorPaletteRedBorder2)",Oa="var(--colorPaletteRedForeground1)";var uo="var(--colorPaletteRedForeground3)";var Jt="var(--colorPaletteGreenBackground1)";var Qt="var(--colorPaletteGreenBackground3)";var Da="var(--colorPaletteGreenBorder1)",Ea="var(--colorPaletteGreenBorder2)",Ra="var(--colorPaletteGreenForeground1)",Ma="var(--colorPaletteGreenForeground2)",za="var(--colorPaletteGreenForeground3)";var Zt="var(--colorPaletteDarkOrangeBackground1)";var er="var(--colorPaletteDarkOrangeBackground3)";var tr="var(--colorPaletteDarkOrangeBorder1)";var _a="var(--colorPaletteDarkOrangeForeground1)";var po="var(--colorPaletteDarkOrangeForeground3)",Va="var(--colorPaletteYellowBackground1)";var ja="var(--colorPaletteYellowBackground3)";var Wa="var(--colorPaletteYellowBorder1)";var rr="var(--colorPaletteYellowForeground2)";var Ue="var(--borderRadiusNone)",or="var(--borderRadiusSmall)",M="var(--borderRadiusMedium)",Ga="var(--borderRadiusLarge)";var nr="var(--borderRadiusCircular)",ge="var(--fontFamilyBase)";var Xa="var(--fontSizeBase100)",te="var(--fontSizeBase200)",yt="var(--fontSizeBase300)",xt="var(--fontSizeBase400)",Ua="var(--fontSizeBase500)",qa="var(--fontSizeBase600)";var De="var(--fontWeightRegular)";var ar="var(--fontWeightSemibold)";var Ka="var(--lineHeightBase100)",re="var(--lineHeightBase200)",ir="var(--lineHeightBase300)",sr="var(--lineHeightBase400)";var lr="var(--shadow2)",Ya="var(--shadow4)";var oe="var(--strokeWidthThin)",Ja="var(--strokeWidthThick)";var X="var(--spacingHorizontalXXS)",we="var(--spacingHorizontalXS)",qe="var(--spacingHorizontalSNudge)",Pe="var(--spacingHorizontalS)",Qa="var(--spacingHorizontalMNudge)",Ee="var(--spacingHorizontalM)",Za="var(--spacingHorizontalL)";var ei="var(--spacingVerticalXS)";var cr="var(--spacingVerticalMNudge)";var ti="var(--durationUltraFast)",ri="var(--durationFaster)";var oi="var(--durationNormal)";var ni="var(--curveAccelerateMid)";var ai="var(--curveDecelerateMid)";var ii="var(--curveEasyEase)";var si=P.partial`
  ${ke("inline-flex")} :host {
    position: relative;
    box-sizing: border-box;
    align-items: center;
    justify-content: center;
    font-family: ${ge};
    font-weight: ${ar};
    font-size: ${te};
    line-height: ${re};
    min-width: 20px;
    height: 20px;
    padding-inline: calc(${we} + ${X});
    border-radius: ${nr};
    border-color: ${Be};
    background-color: ${Wt};
    color: ${he};
    contain: content;
  }

  ::slotted(svg) {
    font-size: 12px;
  }

  :host(:not([appearance='ghost']))::after {
    position: absolute;
    content: '';
    top: 0;
    left: 0;
    bottom: 0;
    right: 0;
    border-style: solid;
    border-width: ${oe};
    border-color: inherit;
    border-radius: inherit;
  }
`,li=P.partial`
  :host([size='tiny']) {
    width: 6px;
    height: 6px;
    font-size: 4px;
    line-height: 4px;
    padding-inline: 0;
    min-width: unset;
  }
  :host([size='tiny']) ::slotted(svg) {
    font-size: 6px;
  }
  :host([size='extra-small']) {
    width: 10px;
    height: 10px;
    font-size: 6px;
    line-height: 6px;
    padding-inline: 0;
    min-width: unset;
  }
  :host([size='extra-small']) ::slotted(svg) {
    font-size: 10px;
  }
  :host([size='small']) {
    min-width: 16px;
    height: 16px;
    font-size: ${Xa};
    line-height: ${Ka};
    padding-inline: calc(${X} + ${X});
  }
  :host([size='small']) ::slotted(svg) {
    font-size: 12px;
  }
  :host([size='large']) {
    min-width: 24px;
    height: 24px;
    font-size: ${te};
    line-height: ${re};
    padding-inline: calc(${we} + ${X});
  }
  :host([size='large']) ::slotted(svg) {
    font-size: 16px;
  }
  :host([size='extra-large']) {
    min-width: 32px;
    height: 32px;
    font-size: ${te};
    line-height: ${re};
    padding-inline: calc(${qe} + ${X});
  }
  :host([size='extra-large']) ::slotted(svg) {
    font-size: 20px;
  }
`,ci=P.partial`
  :host([color='danger']) {
    background-color: ${Kt};
    color: ${he};
  }

  :host([color='important']) {
    background-color: ${Z};
    color: ${ee};
  }

  :host([color='informative']) {
    background-color: ${Sa};
    color: ${z};
  }

  :host([color='severe']) {
    background-color: ${er};
    color: ${he};
  }

  :host([color='subtle']) {
    background-color: ${ee};
    color: ${Z};
  }

  :host([color='success']) {
    background-color: ${Qt};
    color: ${he};
  }

  :host([color='warning']) {
    background-color: ${ja};
    color: ${va};
  }
`,di=P.partial`
  :host([appearance='ghost']) {
    color: ${oo};
    background-color: initial;
  }

  :host([appearance='ghost'][color='danger']) {
    color: ${uo};
  }

  :host([appearance='ghost'][color='important']) {
    color: ${Z};
  }

  :host([appearance='ghost'][color='informative']) {
    color: ${z};
  }

  :host([appearance='ghost'][color='severe']) {
    color: ${po};
  }

  :host([appearance='ghost'][color='subtle']) {
    color: ${Vt};
  }

  :host([appearance='ghost'][color='success']) {
    color: ${za};
  }

  :host([appearance='ghost'][color='warning']) {
    color: ${rr};
  }
`,ui=P.partial`
  :host([appearance='outline']) {
    border-color: currentColor;
    color: ${oo};
    background-color: initial;
  }

  :host([appearance='outline'][color='danger']) {
    color: ${uo};
  }

  :host([appearance='outline'][color='important']) {
    color: ${z};
    border-color: ${vt};
  }

  :host([appearance='outline'][color='informative']) {
    color: ${z};
    border-color: ${Ut};
  }

  :host([appearance='outline'][color='severe']) {
    color: ${po};
  }

  :host([appearance='outline'][color='subtle']) {
    color: ${fa};
  }

  :host([appearance='outline'][color='success']) {
    color: ${Ma};
  }

  :host([appearance='outline'][color='warning']) {
    color: ${rr};
  }
`,pi=P.partial`
  :host([appearance='tint']) {
    background-color: ${Aa};
    color: ${ma};
    border-color: ${Ca};
  }

  :host([appearance='tint'][color='danger']) {
    background-color: ${qt};
    color: ${Oa};
    border-color: ${Yt};
  }

  :host([appearance='tint'][color='important']) {
    background-color: ${z};
    color: ${ee};
    border-color: ${Be};
  }

  :host([appearance='tint'][color='informative']) {
    background-color: ${xa};
    color: ${z};
    border-color: ${Ut};
  }

  :host([appearance='tint'][color='severe']) {
    background-color: ${Zt};
    color: ${_a};
    border-color: ${tr};
  }

  :host([appearance='tint'][color='subtle']) {
    background-color: ${ee};
    color: ${z};
    border-color: ${Ut};
  }

  :host([appearance='tint'][color='success']) {
    background-color: ${Jt};
    color: ${Ra};
    border-color: ${Ea};
  }

  :host([appearance='tint'][color='warning']) {
    background-color: ${Va};
    color: ${rr};
    border-color: ${Wa};
  }
`;var hi=P`
  :host([shape='square']) {
    border-radius: ${Ue};
  }

  :host([shape='rounded']) {
    border-radius: ${M};
  }

  :host([shape='rounded']:is([size='tiny'], [size='extra-small'], [size='small'])) {
    border-radius: ${or};
  }

  ${pi}
  ${ui}
  ${di}
  ${ci}
  ${li}
  ${si}

  @media (forced-colors: active) {
    :host,
    :host([appearance='outline']),
    :host([appearance='tint']) {
      border-color: CanvasText;
    }
  }
`;function St(t){return t?typeof t=="string"?new G(t):"inline"in t?t.inline():t:G.empty}var Ne=class{};function Ke(t){return H` <slot name="end" ${pe("end")}>${St(t.end)}</slot> `.inline()}function Ye(t){return H` <slot name="start" ${pe("start")}>${St(t.start)}</slot> `.inline()}function el(t={}){return H`
    ${Ye(t)}
    <slot>${St(t.defaultContent)}</slot>
    ${Ke(t)}
  `}var gi=el();var fi={name:ca,registry:N.registry,styles:hi,template:gi};function h(t,e,r,o){var n=arguments.length,a=n<3?e:o===null?o=Object.getOwnPropertyDescriptor(e,r):o,i;if(typeof Reflect=="object"&&typeof Reflect.decorate=="function")a=Reflect.decorate(t,e,r,o);else for(var l=t.length-1;l>=0;l--)(i=t[l])&&(a=(n<3?i(a):n>3?i(e,r,a):i(e,r))||a);return n>3&&a&&Object.defineProperty(e,r,a),a}function Je(t,...e){let r=je.locate(t);e.forEach(o=>{Object.getOwnPropertyNames(o.prototype).forEach(a=>{a!=="constructor"&&Object.defineProperty(t.prototype,a,Object.getOwnPropertyDescriptor(o.prototype,a))}),je.locate(o).forEach(a=>r.push(a))})}var fe=class extends W{constructor(){super(...arguments),this.appearance=sa.filled,this.color=la.brand}};h([f],fe.prototype,"appearance",void 0);h([f],fe.prototype,"color",void 0);h([f],fe.prototype,"shape",void 0);h([f],fe.prototype,"size",void 0);Je(fe,Ne);fe.define(fi);var kt={submit:"submit",reset:"reset",button:"button"};var mi=`${N.prefix}-button`;var tl=P`
  ${ke("inline-flex")}

  :host {
    --icon-spacing: ${qe};
    position: relative;
    contain: layout style;
    vertical-align: middle;
    align-items: center;
    box-sizing: border-box;
    justify-content: center;
    text-align: center;
    text-decoration-line: none;
    margin: 0;
    min-height: 32px;
    outline-style: none;
    background-color: ${ee};
    color: ${Z};
    border: ${oe} solid ${Oe};
    padding: 0 ${Ee};
    min-width: 96px;
    border-radius: ${M};
    font-size: ${yt};
    font-family: ${ge};
    font-weight: ${ar};
    line-height: ${ir};
    transition-duration: ${ri};
    transition-property: background, border, color;
    transition-timing-function: ${ii};
    cursor: pointer;
    user-select: none;
  }

  .content {
    display: inherit;
  }

  :host(:hover) {
    background-color: ${ba};
    color: ${da};
    border-color: ${Gt};
  }

  :host(:hover:active) {
    background-color: ${ya};
    border-color: ${Xt};
    color: ${ua};
    outline-style: none;
  }

  :host(:focus-visible) {
    border-color: ${Be};
    outline: ${Ja} solid ${Be};
    box-shadow: ${Ya}, 0 0 0 2px ${co};
  }

  @media screen and (prefers-reduced-motion: reduce) {
    :host {
      transition-duration: 0.01ms;
    }
  }

  ::slotted(svg) {
    font-size: 20px;
    height: 20px;
    width: 20px;
    fill: currentColor;
  }

  ::slotted([slot='start']) {
    margin-inline-end: var(--icon-spacing);
  }

  ::slotted([slot='end']),
  [slot='end'] {
    flex-shrink: 0;
    margin-inline-start: var(--icon-spacing);
  }

  :host([icon-only]) {
    min-width: 32px;
    max-width: 32px;
  }

  :host([size='small']) {
    --icon-spacing: ${we};
    min-height: 24px;
    min-width: 64px;
    padding: 0 ${Pe};
    border-radius: ${or};
    font-size: ${te};
    line-height: ${re};
    font-weight: ${De};
  }

  :host([size='small'][icon-only]) {
    min-width: 24px;
    max-width: 24px;
  }

  :host([size='large']) {
    min-height: 40px;
    border-radius: ${Ga};
    padding: 0 ${Za};
    font-size: ${xt};
    line-height: ${sr};
  }

  :host([size='large'][icon-only]) {
    min-width: 40px;
    max-width: 40px;
  }

  :host([size='large']) ::slotted(svg) {
    font-size: 24px;
    height: 24px;
    width: 24px;
  }

  :host(:is([shape='circular'], [shape='circular']:focus-visible)) {
    border-radius: ${nr};
  }

  :host(:is([shape='square'], [shape='square']:focus-visible)) {
    border-radius: ${Ue};
  }

  :host([appearance='primary']) {
    background-color: ${Wt};
    color: ${he};
    border-color: transparent;
  }

  :host([appearance='primary']:hover) {
    background-color: ${Fa};
  }

  :host([appearance='primary']:is(:hover, :hover:active):not(:focus-visible)) {
    border-color: transparent;
  }

  :host([appearance='primary']:is(:hover, :hover:active)) {
    color: ${he};
  }

  :host([appearance='primary']:hover:active) {
    background-color: ${$a};
  }

  :host([appearance='primary']:focus-visible) {
    border-color: ${he};
    box-shadow: ${lr}, 0 0 0 2px ${co};
  }

  :host([appearance='outline']) {
    background-color: ${V};
  }

  :host([appearance='outline']:hover) {
    background-color: ${no};
  }

  :host([appearance='outline']:hover:active) {
    background-color: ${ao};
  }

  :host([appearance='subtle']) {
    background-color: ${Ba};
    color: ${eo};
    border-color: transparent;
  }

  :host([appearance='subtle']:hover) {
    background-color: ${wa};
    color: ${pa};
    border-color: transparent;
  }

  :host([appearance='subtle']:hover:active) {
    background-color: ${Pa};
    color: ${ha};
    border-color: transparent;
  }

  :host([appearance='subtle']:hover) ::slotted(svg) {
    fill: ${to};
  }

  :host([appearance='subtle']:hover:active) ::slotted(svg) {
    fill: ${ro};
  }

  :host([appearance='transparent']) {
    background-color: ${V};
    color: ${eo};
  }

  :host([appearance='transparent']:hover) {
    background-color: ${no};
    color: ${to};
  }

  :host([appearance='transparent']:hover:active) {
    background-color: ${ao};
    color: ${ro};
  }

  :host(:is([appearance='transparent'], [appearance='transparent']:is(:hover, :active))) {
    border-color: transparent;
  }
`,vi=P`
  ${tl}

  :host(:is(:disabled, [disabled], [disabled-focusable], [appearance]:disabled, [appearance][disabled], [appearance][disabled-focusable])),
  :host(:is(:disabled, [disabled], [disabled-focusable], [appearance]:disabled, [appearance][disabled], [appearance][disabled-focusable]):hover),
  :host(:is(:disabled, [disabled], [disabled-focusable], [appearance]:disabled, [appearance][disabled], [appearance][disabled-focusable]):hover:active) {
    background-color: ${Na};
    border-color: ${bt};
    color: ${_t};
    cursor: not-allowed;
  }

  :host([appearance='primary']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='primary']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    border-color: transparent;
  }

  :host([appearance='outline']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='outline']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    background-color: ${V};
  }

  :host([appearance='subtle']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='subtle']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    background-color: ${V};
    border-color: transparent;
  }

  :host([appearance='transparent']:is(:disabled, [disabled], [disabled-focusable])),
  :host([appearance='transparent']:is(:disabled, [disabled], [disabled-focusable]):is(:hover, :hover:active)) {
    border-color: transparent;
    background-color: ${V};
  }

  @media (forced-colors: active) {
    :host {
      background-color: ButtonFace;
      color: ButtonText;
    }

    :host(:is(:hover, :focus-visible)) {
      border-color: Highlight !important;
    }

    :host([appearance='primary']:not(:is(:hover, :focus-visible))) {
      background-color: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }

    :host(
        :is(
            :disabled,
            [disabled],
            [disabled-focusable],
            [appearance]:disabled,
            [appearance][disabled],
            [appearance][disabled-focusable]
          )
      ) {
      background-color: ButtonFace;
      color: GrayText;
      border-color: ButtonText;
    }
  }
`;function rl(t={}){return H`
    <template
      @click="${(e,r)=>e.clickHandler(r.event)}"
      @keypress="${(e,r)=>e.keypressHandler(r.event)}"
    >
      ${Ye(t)}
      <span class="content" part="content">
        <slot ${ht("defaultSlottedContent")}></slot>
      </span>
      ${Ke(t)}
    </template>
  `}var bi=rl();var yi={name:mi,registry:N.registry,styles:vi,template:bi};function dr(t){let e=t.ownerDocument;t?.isConnected&&t?.hasAttribute("autofocus")&&t?.checkVisibility?.({contentVisibilityAuto:!0,visibilityProperty:!0})&&[null,t,e.body,e.documentElement].includes(e.activeElement)&&D.enqueue(()=>{t.focus()})}var ho=class ho extends W{disabledChanged(){this.setTabIndex()}disabledFocusableChanged(e,r){this.elementInternals&&(this.elementInternals.ariaDisabled=`${!!r}`)}get form(){return this.elementInternals.form}get labels(){return Object.freeze(Array.from(this.elementInternals.labels))}typeChanged(e,r){r!==kt.submit&&(this.formSubmissionFallbackControl?.remove(),this.shadowRoot?.querySelector('slot[name="internal"]')?.remove())}clickHandler(e){if(e&&this.disabledFocusable){e.stopImmediatePropagation();return}return this.press(),!0}connectedCallback(){super.connectedCallback(),this.elementInternals.ariaDisabled=`${!!this.disabledFocusable}`,this.setTabIndex(),dr(this)}constructor(){super(),this.disabledFocusable=!1,this.elementInternals=this.attachInternals(),this.elementInternals.role="button"}createAndInsertFormSubmissionFallbackControl(){let e=this.formSubmissionFallbackControlSlot??document.createElement("slot");e.setAttribute("name","internal"),this.shadowRoot?.appendChild(e),this.formSubmissionFallbackControlSlot=e;let r=this.formSubmissionFallbackControl??document.createElement("button");r.style.display="none",r.setAttribute("type","submit"),r.setAttribute("slot","internal"),this.formNoValidate&&r.toggleAttribute("formnovalidate",!0),this.elementInternals.form?.id&&r.setAttribute("form",this.elementInternals.form.id),this.name&&r.setAttribute("name",this.name),this.value&&r.setAttribute("value",this.value),this.formAction&&r.setAttribute("formaction",this.formAction??""),this.formEnctype&&r.setAttribute("formenctype",this.formEnctype??""),this.formMethod&&r.setAttribute("formmethod",this.formMethod??""),this.formTarget&&r.setAttribute("formtarget",this.formTarget??""),this.append(r),this.formSubmissionFallbackControl=r}formDisabledCallback(e){this.disabled=e}keypressHandler(e){if(e&&this.disabledFocusable){e.stopImmediatePropagation();return}if(e.key==="Enter"||e.key===" "){this.click();return}return!0}press(){switch(this.type){case kt.reset:{this.resetForm();break}case kt.submit:{this.submitForm();break}}}resetForm(){this.elementInternals.form?.reset()}setTabIndex(){if(this.disabled){this.removeAttribute("tabindex");return}this.tabIndex=Number(this.getAttribute("tabindex")??0)<0?-1:0}submitForm(){if(!(!this.elementInternals.form||this.disabled||this.type!==kt.submit)){if(!this.name&&!this.formAction&&!this.formEnctype&&!this.formAttribute&&!this.formMethod&&!this.formNoValidate&&!this.formTarget){this.elementInternals.form.requestSubmit();return}try{this.elementInternals.setFormValue(this.value??""),this.elementInternals.form.requestSubmit(this)}catch{this.createAndInsertFormSubmissionFallbackControl(),this.elementInternals.setFormValue(null),this.elementInternals.form.requestSubmit(this.formSubmissionFallbackControl)}}}};ho.formAssociated=!0;var A=ho;h([ie],A.prototype,"defaultSlottedContent",void 0);h([f({mode:"boolean"})],A.prototype,"disabled",void 0);h([f({attribute:"disabled-focusable",mode:"boolean"})],A.prototype,"disabledFocusable",void 0);h([f({attribute:"formaction"})],A.prototype,"formAction",void 0);h([f({attribute:"form"})],A.prototype,"formAttribute",void 0);h([f({attribute:"formenctype"})],A.prototype,"formEnctype",void 0);h([f({attribute:"formmethod"})],A.prototype,"formMethod",void 0);h([f({attribute:"formnovalidate",mode:"boolean"})],A.prototype,"formNoValidate",void 0);h([f({attribute:"formtarget"})],A.prototype,"formTarget",void 0);h([f],A.prototype,"name",void 0);h([f],A.prototype,"type",void 0);h([f],A.prototype,"value",void 0);var me=class extends A{constructor(){super(...arguments),this.iconOnly=!1}};h([f],me.prototype,"appearance",void 0);h([f],me.prototype,"shape",void 0);h([f],me.prototype,"size",void 0);h([f({attribute:"icon-only",mode:"boolean"})],me.prototype,"iconOnly",void 0);Je(me,Ne);me.define(yi);var xi=`${N.prefix}-message-bar`;var Si=P`
  :host {
    display: grid;
    box-sizing: border-box;
    font-family: ${ge};
    font-size: ${te};
    line-height: ${re};
    width: 100%;
    background: ${mt};
    color: ${z};
    border: 1px solid ${Oe};
    padding-inline: ${Ee};
    border-radius: ${M};
    min-height: 36px;
    align-items: center;
    grid-template: 'icon body actions dismiss' / auto 1fr auto auto;
    contain: layout style paint;
  }

  :host([shape='square']) {
    border-radius: 0;
  }

  :host([intent='success']) {
    background-color: ${Jt};
    border-color: ${Da};
  }

  :host([intent='warning']) {
    background-color: ${Zt};
    border-color: ${tr};
  }

  :host([intent='error']) {
    background-color: ${qt};
    border-color: ${Yt};
  }

  :host([layout='multiline']) {
    grid-template-areas:
      'icon body dismiss'
      'actions actions actions';
    grid-template-columns: auto 1fr auto;
    grid-template-rows: auto auto 1fr;
    padding-block: ${cr};
    padding-inline: ${Ee};
  }

  .content {
    grid-area: body;
    padding-block: ${cr};
    padding-inline: 0;
  }

  :host([layout='multiline']) .content {
    padding: 0;
  }

  ::slotted([slot='icon']) {
    display: flex;
    grid-area: icon;
    flex-direction: column;
    align-items: center;
    color: ${z};
    margin-inline-end: ${Pe};
  }

  :host([layout='multiline']) ::slotted([slot='icon']) {
    align-items: start;
    height: 100%;
  }

  ::slotted([slot='dismiss']) {
    grid-area: dismiss;
  }

  .actions {
    grid-area: actions;
    display: flex;
    justify-self: end;
    margin-inline-end: ${Pe};
    gap: ${Pe};
  }

  :host([layout='multiline']) .actions {
    margin-block-start: ${cr};
    margin-inline-end: 0;
  }

  :host([layout='multiline']) ::slotted([slot='dismiss']) {
    align-items: start;
    height: 100%;
  }

  ::slotted(*) {
    font-size: inherit;
  }
`;function ol(){return H`
    <slot name="icon"></slot>
    <div class="content">
      <slot></slot>
    </div>
    <div class="actions">
      <slot name="actions"></slot>
    </div>
    <slot name="dismiss"></slot>
  `}var ki=ol();var Bi={name:xi,registry:N.registry,styles:Si,template:ki};var Re=class extends W{constructor(){super(),this.elementInternals=this.attachInternals(),this.dismissMessageBar=()=>{this.$emit("dismiss",{})},this.elementInternals.role="status"}};h([f],Re.prototype,"shape",void 0);h([f],Re.prototype,"layout",void 0);h([f],Re.prototype,"intent",void 0);Re.define(Bi);var wi={success:"success",warning:"warning",error:"error"},Pi=`${N.prefix}-progress-bar`;var Ni=P`
  ${ke("block")}

  :host {
    width: 100%;
    height: 2px;
    overflow-x: hidden;
    background-color: ${jt};
    border-radius: ${M};
    contain: content;

    @supports (width: attr(value type(<number>))) {
      --max: attr(max type(<number>), 100);
      --min: attr(min type(<number>), 0);
      --value: attr(value type(<number>), 0);
      --indicator-width: clamp(0%, calc((var(--value) - var(--min)) / (var(--max) - var(--min)) * 100%), 100%);
    }
  }

  :host([thickness='large']) {
    height: 4px;
  }

  :host([shape='square']) {
    border-radius: ${Ue};
  }

  .indicator {
    background-color: ${Ta};
    border-radius: inherit;
    height: 100%;
  }

  :host([value]) .indicator {
    transition: all 0.2s ease-in-out;

    @supports (width: attr(value type(<number>))) {
      width: var(--indicator-width);
    }
  }

  :host(:not([value])) .indicator {
    position: relative;
    width: 33%;
    background-image: linear-gradient(
      to right,
      ${jt} 0%,
      ${V} 50%,
      ${jt} 100%
    );
    animation-name: indeterminate;
    animation-duration: 3s;
    animation-timing-function: linear;
    animation-iteration-count: infinite;
  }

  :host([validation-state='error']) .indicator {
    background-color: ${Kt};
  }

  :host([validation-state='warning']) .indicator {
    background-color: ${er};
  }

  :host([validation-state='success']) .indicator {
    background-color: ${Qt};
  }

  @layer animations {
    /* Disable animations for reduced motion */
    @media (prefers-reduced-motion: no-preference) {
      :host([value]) {
        transition: none;
      }
      :host(:not([value])) .indicator {
        animation-duration: 0.01ms;
        animation-iteration-count: 1;
      }
    }
  }

  @keyframes indeterminate {
    0% {
      inset-inline-start: -33%;
    }
    100% {
      inset-inline-start: 100%;
    }
  }

  @media (forced-colors: active) {
    :host {
      background-color: CanvasText;
    }
    .indicator,
    :host(:is([validation-state='success'], [validation-state='warning'], [validation-state='error'])) .indicator {
      background-color: Highlight;
    }
  }
`;function nl(){return H` <div class="indicator" part="indicator" ${pe("indicator")}></div> `}var Fi=nl();var $i={name:Pi,registry:N.registry,styles:Ni,template:Fi};var Ph=CSS.supports("anchor-name: --a"),Nh="anchor"in HTMLElement.prototype,go=CSS.supports("selector(:state(g))");var Ti=new Map;function v(t){return Ti.get(t)??Ti.set(t,go?`:state(${t})`:`[state--${t}]`).get(t)}function Ai(t,e,r){if(!(!e||!t)){if(!go){t.shadowRoot.host.toggleAttribute(`state--${e}`,r);return}if(r??!t.states.has(e)){t.states.add(e);return}t.states.delete(e)}}var fo=new WeakMap;function al(t,e){if(!t||!e)return!1;if(fo.has(t))return fo.get(t).has(e);let r=new Set(Object.values(t));return fo.set(t,r),r.has(e)}function Ci(t,e="",r="",o,n=""){Ai(t,`${n}${e}`,!1),(!o||al(o,r))&&Ai(t,`${n}${r}`,!0)}var ve=class extends W{indicatorChanged(){this.setIndicatorWidth()}validationStateChanged(e,r){Ci(this.elementInternals,e,r,wi)}valueChanged(e,r){this.elementInternals&&(this.elementInternals.ariaValueNow=typeof r=="number"?`${r}`:null),this.setIndicatorWidth()}minChanged(e,r){this.elementInternals&&(this.elementInternals.ariaValueMin=typeof r=="number"?`${r}`:null),this.setIndicatorWidth()}maxChanged(e,r){this.elementInternals&&(this.elementInternals.ariaValueMax=typeof r=="number"?`${r}`:null),this.setIndicatorWidth()}constructor(){super(),this.elementInternals=this.attachInternals(),this.validationState=null,this.elementInternals.role="progressbar"}setIndicatorWidth(){CSS.supports("width: attr(value type(<number>))")||D.enqueue(()=>{if(typeof this.value!="number"){this.indicator?.style.removeProperty("width");return}let e=this.min??0,r=this.max??100,o=this.value??0,n=r-e,a=n===0?0:Math.fround((o-e)/n*100);this.indicator?.style.setProperty("width",`${a}%`)})}};h([ie],ve.prototype,"indicator",void 0);h([f({attribute:"validation-state"})],ve.prototype,"validationState",void 0);h([f({converter:ce})],ve.prototype,"value",void 0);h([f({converter:ce})],ve.prototype,"min",void 0);h([f({converter:ce})],ve.prototype,"max",void 0);var Qe=class extends ve{};h([f],Qe.prototype,"thickness",void 0);h([f],Qe.prototype,"shape",void 0);Qe.define($i);var Hi={email:"email",password:"password",tel:"tel",text:"text",url:"url"},Li=["date","datetime-local","email","month","number","password","search","tel","text","time","url","week"],Ii=`${N.prefix}-text-input`;var Wh=v("active"),Gh=v("bad-input"),Xh=v("checked"),Uh=v("custom-error"),qh=v("description"),Kh=v("disabled"),Ze=":is([disabled], :disabled)",Yh=v("error"),Jh=v("flip-block"),Qh=v("focus-visible"),Zh=v("has-message"),eg=v("indeterminate"),tg=v("multiple"),rg=v("open"),og=v("pattern-mismatch"),ng=v("placeholder-shown"),ag=v("pressed"),ig=v("range-overflow"),sg=v("range-underflow"),lg=v("required"),cg=v("selected"),dg=v("step-mismatch"),ug=v("submenu"),pg=v("too-long"),hg=v("too-short"),gg=v("type-mismatch"),fg=v("user-invalid"),mg=v("valid"),vg=v("value-missing");var Oi=P`
  ${ke("block")}

  :host {
    font-family: ${ge};
    font-size: ${yt};
    font-weight: ${De};
    line-height: ${ir};
    max-width: 400px;
  }
  .label {
    display: flex;
    color: ${Z};
    padding-bottom: ${ei};
    flex-shrink: 0;
    padding-inline-end: ${we};
  }

  .label[hidden],
  :host(:empty) .label {
    display: none;
  }

  .root {
    align-items: center;
    background-color: ${ee};
    border: ${oe} solid ${Oe};
    border-bottom-color: ${vt};
    border-radius: ${M};
    box-sizing: border-box;
    height: 32px;
    display: inline-flex;
    flex-direction: row;
    gap: ${X};
    padding: 0 ${Qa};
    position: relative;
    width: 100%;
  }

  :has(.control:user-invalid) {
    border-color: ${Ia};
  }

  .root::after {
    box-sizing: border-box;
    content: '';
    position: absolute;
    left: -1px;
    bottom: 0px;
    right: -1px;
    height: max(2px, ${M});
    border-radius: 0 0 ${M} ${M};
    border-bottom: 2px solid ${Ha};
    clip-path: inset(calc(100% - 2px) 1px 0px);
    transform: scaleX(0);
    transition-property: transform;
    transition-duration: ${ti};
    transition-delay: ${ni};
  }
  .control {
    width: 100%;
    height: 100%;
    box-sizing: border-box;
    color: ${Z};
    border-radius: ${M};
    background: ${V};
    font-family: ${ge};
    font-weight: ${De};
    font-size: ${yt};
    border: none;
    vertical-align: center;
  }
  .control:focus-visible {
    outline: 0;
    border: 0;
  }
  .control::placeholder {
    color: ${ga};
  }
  :host ::slotted([slot='start']),
  :host ::slotted([slot='end']) {
    display: flex;
    align-items: center;
    justify-content: center;
    color: ${z};
    font-size: ${Ua};
  }
  :host ::slotted([slot='start']) {
    padding-right: ${X};
  }
  :host ::slotted([slot='end']) {
    padding-left: ${X};
    gap: ${we};
  }
  :host(:hover) .root {
    border-color: ${Gt};
    border-bottom-color: ${io};
  }
  :host(:active) .root {
    border-color: ${Xt};
  }
  :host(:focus-within) .root {
    outline: transparent solid 2px;
    border-bottom: 0;
  }
  :host(:focus-within) .root::after {
    transform: scaleX(1);
    transition-property: transform;
    transition-duration: ${oi};
    transition-delay: ${ai};
  }
  :host(:focus-within:active) .root:after {
    border-bottom-color: ${La};
  }
  :host([appearance='outline']:focus-within) .root {
    border: ${oe} solid ${Oe};
  }
  :host(:focus-within) .control {
    color: ${Z};
  }
  :host(${Ze}) .root {
    background: ${V};
    border: ${oe} solid ${bt};
  }
  :host(${Ze}) .control::placeholder,
  :host(${Ze}) ::slotted([slot='start']),
  :host(${Ze}) ::slotted([slot='end']) {
    color: ${_t};
  }
  ::selection {
    color: ${Vt};
    background-color: ${ka};
  }
  :host([control-size='small']) .control {
    font-size: ${te};
    font-weight: ${De};
    line-height: ${re};
  }
  :host([control-size='small']) .root {
    height: 24px;
    gap: ${X};
    padding: 0 ${qe};
  }
  :host([control-size='small']) ::slotted([slot='start']),
  :host([control-size='small']) ::slotted([slot='end']) {
    font-size: ${xt};
  }
  :host([control-size='large']) .control {
    font-size: ${xt};
    font-weight: ${De};
    line-height: ${sr};
  }
  :host([control-size='large']) .root {
    height: 40px;
    gap: ${Pe};
    padding: 0 ${Ee};
  }
  :host([control-size='large']) ::slotted([slot='start']),
  :host([control-size='large']) ::slotted([slot='end']) {
    font-size: ${qa};
  }
  :host([appearance='underline']) .root {
    background: ${V};
    border: 0;
    border-radius: 0;
    border-bottom: ${oe} solid ${vt};
  }
  :host([appearance='underline']:hover) .root {
    border-bottom-color: ${io};
  }
  :host([appearance='underline']:active) .root {
    border-bottom-color: ${so};
  }
  :host([appearance='underline']:focus-within) .root {
    border: 0;
    border-bottom-color: ${so};
  }
  :host([appearance='underline']${Ze}) .root {
    border-bottom-color: ${bt};
  }
  :host([appearance='filled-lighter']) .root,
  :host([appearance='filled-darker']) .root {
    border: ${oe} solid ${Be};
    box-shadow: ${lr};
  }
  :host([appearance='filled-lighter']) .root {
    background: ${ee};
  }
  :host([appearance='filled-darker']) .root {
    background: ${mt};
  }
  :host([appearance='filled-lighter']:hover) .root,
  :host([appearance='filled-darker']:hover) .root {
    border-color: ${lo};
  }
  :host([appearance='filled-lighter']:active) .root,
  :host([appearance='filled-darker']:active) .root {
    border-color: ${lo};
    background: ${mt};
  }
`;function il(t={}){return H`
    <template @keydown="${(e,r)=>e.keydownHandler(r.event)}">
      <label part="label" for="control" class="label" ${pe("controlLabel")}>
        <slot ${ht("defaultSlottedNodes")}></slot>
      </label>
      <div class="root" part="root">
        ${Ye(t)}
        <input
          class="control"
          part="control"
          id="control"
          @change="${(e,r)=>e.changeHandler(r.event)}"
          @input="${(e,r)=>e.inputHandler(r.event)}"
          autocomplete="${e=>e.autocomplete}"
          ?disabled="${e=>e.disabled}"
          list="${e=>e.list}"
          maxlength="${e=>e.maxlength}"
          minlength="${e=>e.minlength}"
          ?multiple="${e=>e.multiple}"
          name="${e=>e.name}"
          pattern="${e=>e.pattern}"
          placeholder="${e=>e.placeholder}"
          ?readonly="${e=>e.readOnly}"
          ?required="${e=>e.required}"
          size="${e=>e.size}"
          spellcheck="${e=>e.spellcheck}"
          type="${e=>e.type}"
          value="${e=>e.value}"
          ${pe("control")}
        />
        ${Ke(t)}
      </div>
    </template>
  `}var Di=il();var Ei={name:Ii,registry:N.registry,shadowOptions:{delegatesFocus:!0},styles:Oi,template:Di};var mo=class mo extends W{constructor(){super(...arguments),this.type=Hi.text,this.dirtyValue=!1,this.elementInternals=this.attachInternals()}currentValueChanged(e,r){this.value=r}defaultSlottedNodesChanged(e,r){D.enqueue(()=>{this.controlLabel&&(this.controlLabel.hidden=!r?.some(o=>o.nodeType===Node.ELEMENT_NODE||o.nodeType===Node.TEXT_NODE&&!!o.textContent?.trim()))})}initialValueChanged(){this.dirtyValue||(this.value=this.initialValue)}readOnlyChanged(){this.$fastController.isConnected&&(this.elementInternals.ariaReadOnly=`${!!this.readOnly}`)}requiredChanged(e,r){this.$fastController.isConnected&&(this.elementInternals.ariaRequired=`${!!r}`)}controlChanged(e,r){D.enqueue(()=>{this.$fastController.isConnected&&this.setValidity()})}get validity(){return this.elementInternals.validity}get validationMessage(){return this.elementInternals.validationMessage||this.control.validationMessage}get value(){return b.track(this,"value"),this.currentValue}set value(e){this.currentValue=e,this.elementInternals&&this.control&&(this.control.value=e??"",this.setFormValue(e),this.setValidity(),b.notify(this,"value"))}get willValidate(){return this.elementInternals.willValidate}get form(){return this.elementInternals.form}changeHandler(e){return this.setValidity(),this.$emit("change",e,{bubbles:!0,composed:!0}),!0}checkValidity(){return this.elementInternals.checkValidity()}clickHandler(e){return e.target===this&&this.control?.click(),!0}connectedCallback(){super.connectedCallback(),this.setFormValue(this.value),this.setValidity(),dr(this)}formResetCallback(){this.value=this.initialValue,this.dirtyValue=!1}implicitSubmit(){if(!this.elementInternals.form)return;if(this.elementInternals.form.elements.length===1){this.elementInternals.form.requestSubmit();return}let e=[...this.elementInternals.form.elements],r=e.find(n=>n.getAttribute("type")==="submit");if(r){r.click();return}e.filter(n=>Li.includes(n.getAttribute("type")??"")).length>1||this.elementInternals.form.requestSubmit()}inputHandler(e){return this.dirtyValue=!0,this.value=this.control.value,!0}keydownHandler(e){return e.key==="Enter"&&this.implicitSubmit(),!0}select(){this.control.select(),this.$emit("select")}setCustomValidity(e){this.elementInternals.setValidity({customError:!0},e),this.reportValidity()}reportValidity(){return this.elementInternals.reportValidity()}setFormValue(e,r){this.elementInternals?.setFormValue(e,e??r)}setValidity(e,r,o){if(this.elementInternals&&this.control){if(this.disabled){this.elementInternals.setValidity({});return}this.elementInternals.setValidity(e??this.control.validity,r??this.validationMessage,o??this.control)}}};mo.formAssociated=!0;var y=mo;h([f],y.prototype,"autocomplete",void 0);h([f({attribute:"current-value"})],y.prototype,"currentValue",void 0);h([ie],y.prototype,"defaultSlottedNodes",void 0);h([f],y.prototype,"dirname",void 0);h([f({mode:"boolean"})],y.prototype,"disabled",void 0);h([f({attribute:"form"})],y.prototype,"formAttribute",void 0);h([f({attribute:"value",mode:"fromView"})],y.prototype,"initialValue",void 0);h([f],y.prototype,"list",void 0);h([f({converter:ce})],y.prototype,"maxlength",void 0);h([f({converter:ce})],y.prototype,"minlength",void 0);h([f({mode:"boolean"})],y.prototype,"multiple",void 0);h([f],y.prototype,"name",void 0);h([f],y.prototype,"pattern",void 0);h([f],y.prototype,"placeholder",void 0);h([f({attribute:"readonly",mode:"boolean"})],y.prototype,"readOnly",void 0);h([f({mode:"boolean"})],y.prototype,"required",void 0);h([f({converter:ce})],y.prototype,"size",void 0);h([f({converter:{fromView:t=>typeof t=="string"?["true",""].includes(t.trim().toLowerCase()):null,toView:t=>t.toString()}})],y.prototype,"spellcheck",void 0);h([f],y.prototype,"type",void 0);h([ie],y.prototype,"control",void 0);h([ie],y.prototype,"controlLabel",void 0);var Me=class extends y{};h([f],Me.prototype,"appearance",void 0);h([f({attribute:"control-size"})],Me.prototype,"controlSize",void 0);Je(Me,Ne);Me.define(Ei);var sl={title:"Prozesssteckbriefe",search:"Nach Name suchen",loading:"Vorlagen werden geladen \u2026",empty:"Keine Vorlage gefunden.",none:"F\xFCr diesen Mandanten sind noch keine Vorlagen gespeichert.",version:"Version {0}",released:"freigegeben: V{0}",latest:"neueste: V{0}",draft:"Entwurf",releasedStatus:"Freigegeben",archived:"Archiviert",owner:"Prozessverantwortung",code:"K\xFCrzel",category:"Kategorie",validFrom:"G\xFCltig ab",goal:"Ziel",trigger:"Ausl\xF6ser",result:"Ergebnis",steps:"Schritte",core:"Kernprozess",management:"F\xFChrungsprozess",support:"Unterst\xFCtzungsprozess",insert:"Steckbrief einf\xFCgen",update:"Aktualisieren",save:"Als neue Version speichern",download:"Steckbrief herunterladen",upload:"Bearbeitete Datei als neue Version speichern",uploadHint:"Im Browser: Steckbrief herunterladen, in Word bearbeiten, hier hochladen.",inserting:"Steckbrief wird eingef\xFCgt \u2026",inserted:"Steckbrief \u201E{0}\u201C Version {1} eingef\xFCgt.",updating:"Steckbrief wird aktualisiert \u2026",updated:"Steckbrief \u201E{0}\u201C auf Version {1} aktualisiert.",upToDate:"Der Steckbrief \u201E{0}\u201C ist aktuell (Version {1}).",noProfile:"Im Dokument ist kein eingef\xFCgter Steckbrief. Zuerst \u201ESteckbrief einf\xFCgen\u201C.",noReleased:"Von \u201E{0}\u201C ist noch keine Version freigegeben.",reading:"Dokument wird gelesen \u2026 {0} von {1} Teilen",saving:"Wird gespeichert \u2026",downloading:"Wird heruntergeladen \u2026",downloaded:"\u201E{0}\u201C heruntergeladen.",created:"Gespeichert als Version {0} (Entwurf, auf Basis von Version {1}).",unchanged:"Keine \xC4nderung gegen\xFCber Version {0}: nichts gespeichert.",changes:"Ge\xE4nderte Felder",notices:"Hinweise",errorsTitle:"Nicht gespeichert. Bitte im Dokument korrigieren:",conflict:"Die Vorlage hat inzwischen eine neuere Version ({1}); das Dokument beruht auf Version {0}.",applyLatest:"Auf neueste Version anwenden",unreachable:"Der Server ist nicht erreichbar. Bitte Verbindung pr\xFCfen und erneut versuchen.",storageDown:"Der Vorlagenspeicher antwortet gerade nicht. Bitte sp\xE4ter erneut versuchen.",forbidden:"Keine Berechtigung zum Speichern. Daf\xFCr ist die Rolle \u201EProcess.Editor\u201C n\xF6tig \u2013 bitte an die Administration wenden.",signedOut:"Nicht angemeldet.",signIn:"Anmelden",signingIn:"Anmeldung l\xE4uft \u2026",signInFailed:"Anmeldung fehlgeschlagen: {0}",signInMissing:"Die Anmeldung ist auf dem Server nicht eingerichtet (Api:ClientId fehlt).",notFound:"Nicht gefunden.",failed:"Fehler {0}: {1}",tooLarge:"Die Datei ist zu gro\xDF.",notDocx:"Bitte eine Word-Datei (.docx) w\xE4hlen.",chooseTemplate:"Bitte links eine Vorlage w\xE4hlen.",browserMode:"Browsermodus \u2013 in Word einf\xFCgen und speichern geht \xFCber das Add-in.",retry:"Erneut versuchen",close:"Schlie\xDFen"},ll={title:"Process profiles",search:"Search by name",loading:"Loading templates \u2026",empty:"No template found.",none:"No templates are stored for this tenant yet.",version:"Version {0}",released:"released: v{0}",latest:"latest: v{0}",draft:"Draft",releasedStatus:"Released",archived:"Archived",owner:"Process owner",code:"Code",category:"Category",validFrom:"Valid from",goal:"Goal",trigger:"Trigger",result:"Result",steps:"Steps",core:"Core process",management:"Management process",support:"Support process",insert:"Insert profile",update:"Update",save:"Save as new version",download:"Download profile",upload:"Save edited file as new version",uploadHint:"In the browser: download the profile, edit it in Word, upload it here.",inserting:"Inserting the profile \u2026",inserted:"Inserted profile \u201C{0}\u201D version {1}.",updating:"Updating the profile \u2026",updated:"Updated profile \u201C{0}\u201D to version {1}.",upToDate:"Profile \u201C{0}\u201D is up to date (version {1}).",noProfile:"The document holds no inserted profile. Use \u201CInsert profile\u201D first.",noReleased:"\u201C{0}\u201D has no released version yet.",reading:"Reading the document \u2026 part {0} of {1}",saving:"Saving \u2026",downloading:"Downloading \u2026",downloaded:"Downloaded \u201C{0}\u201D.",created:"Saved as version {0} (draft, based on version {1}).",unchanged:"No change from version {0}: nothing saved.",changes:"Changed fields",notices:"Notes",errorsTitle:"Not saved. Please correct in the document:",conflict:"The template has a newer version ({1}) by now; the document is based on version {0}.",applyLatest:"Apply to the latest version",unreachable:"The server cannot be reached. Please check the connection and try again.",storageDown:"The template storage is not answering right now. Please try again later.",forbidden:"No permission to save. This needs the role \u201CProcess.Editor\u201D \u2013 please ask your administrator.",signedOut:"Not signed in.",signIn:"Sign in",signingIn:"Signing in \u2026",signInFailed:"Sign-in failed: {0}",signInMissing:"Sign-in is not set up on the server (Api:ClientId is missing).",notFound:"Not found.",failed:"Error {0}: {1}",tooLarge:"The file is too large.",notDocx:"Please choose a Word file (.docx).",chooseTemplate:"Please choose a template on the left.",browserMode:"Browser mode \u2013 inserting into Word and saving from it needs the add-in.",retry:"Try again",close:"Close"},cl={de:sl,en:ll};function Ri(t){return t&&/^en\b/i.test(t.trim())?"en":"de"}function Mi(t,e,...r){return cl[t][e].replace(/\{(\d)\}/g,(o,n)=>String(r[Number(n)]??""))}var pr="application/vnd.openxmlformats-officedocument.wordprocessingml.document",Fe=class extends Error{constructor(r,o,n,a=[],i,l){super(n);this.kind=r;this.status=o;this.errors=a;this.documentVersion=i;this.latestVersion=l}kind;status;errors;documentVersion;latestVersion},ur=class{constructor(e,r,o){this.base=e;this.token=r;this.language=o}base;token;language;templates(){return this.send("api/templates").then(e=>e.json())}template(e,r){return this.send(`api/templates/${encodeURIComponent(e)}${r?`?version=${r}`:""}`).then(o=>o.json())}async profile(e,r){let o=new URLSearchParams({lang:this.language});r&&o.set("version",String(r));let n=await this.send(`api/templates/${encodeURIComponent(e)}/profile.docx?${o}`);return{bytes:await n.arrayBuffer(),fileName:ul(n.headers.get("Content-Disposition"))??`${e}.docx`}}async save(e,r,o=!1){return(await this.send(`api/templates/${encodeURIComponent(e)}/profile.docx${o?"?base=latest":""}`,{method:"POST",body:r,headers:{"Content-Type":pr}})).json()}async send(e,r={}){let o=new Headers(r.headers);o.set("Accept-Language",this.language);let n=await this.token();n&&o.set("Authorization",`Bearer ${n}`);let a;try{a=await fetch(new URL(e,this.base),{...r,headers:o})}catch{throw new Fe("unreachable",0,"unreachable")}if(a.ok)return a;throw await dl(a)}};async function dl(t){let e={};try{e=await t.json()}catch{}let r=e.detail||e.title||t.statusText||String(t.status),o=t.status===401?"signIn":t.status===403?"forbidden":t.status===404?"notFound":t.status===409?"conflict":t.status===400||t.status===422?"invalid":t.status===503?"storage":t.status===502||t.status===504?"unreachable":"other";return new Fe(o,t.status,r,e.errors??[],e.documentVersion,e.latestVersion)}function ul(t){if(!t)return null;let e=/filename\*\s*=\s*UTF-8''([^;]+)/i.exec(t);if(e)try{return decodeURIComponent(e[1].trim())}catch{}let r=/filename\s*=\s*"?([^";]+)"?/i.exec(t);return r?r[1].trim():null}var et=class extends Error{constructor(e="sign-in required"){super(e)}};function zi(t,e){if(!t.signIn)return{token:async()=>null,signIn:async()=>{}};if(!t.clientId||!t.scope)throw new Error("signInMissing");return e==="office"&&Office.context.requirements.isSetSupported("NestedAppAuth","1.1")?new hr(t,!0):e==="office"?new vo(t):new hr(t,!1)}var hr=class{constructor(e,r){this.config=e;this.nested=r}config;nested;client;app(){return this.client??=import("./chunks/dist-EFR4O5IE.js").then(e=>{let r={auth:{clientId:this.config.clientId,authority:Bo(this.config),redirectUri:new URL("auth.html",location.href).href},cache:{cacheLocation:"memoryStorage"}};return this.nested?e.createNestablePublicClientApplication(r):e.createStandardPublicClientApplication(r)}),this.client}async token(){let e=await this.app(),r=[this.config.scope],o=e.getActiveAccount()??e.getAllAccounts()[0];try{return(this.nested||o?await e.acquireTokenSilent({scopes:r,account:o}):await e.ssoSilent({scopes:r})).accessToken}catch(n){throw new et(n instanceof Error?n.message:String(n))}}async signIn(){let e=await this.app(),r=await e.acquireTokenPopup({scopes:[this.config.scope]});e.setActiveAccount(r.account)}},vo=class{constructor(e){this.config=e}config;current;async token(){if(this.current&&this.current.expires>Date.now()+6e4)return this.current.token;throw new et}signIn(){let e=new URL("auth.html",location.href);return e.searchParams.set("dialog","1"),new Promise((r,o)=>{Office.context.ui.displayDialogAsync(e.href,{height:60,width:30},n=>{if(n.status!==Office.AsyncResultStatus.Succeeded)return o(new Error(n.error.message));let a=n.value;a.addEventHandler(Office.EventType.DialogMessageReceived,i=>{a.close();let l=JSON.parse(i.message);l.accessToken?(this.current={token:l.accessToken,expires:l.expiresOn??Date.now()+3e6},r()):o(new Error(l.error??"sign-in"))}),a.addEventHandler(Office.EventType.DialogEventReceived,()=>o(new Error("dialog closed")))})})}};function g(t,e={},...r){let o=document.createElement(t);for(let[n,a]of Object.entries(e))typeof a=="function"?o.addEventListener(n.replace(/^on/,""),a):a===!0?o.setAttribute(n,""):a!==!1&&a!==null&&a!==void 0&&o.setAttribute(n,String(a));for(let n of r)n&&o.append(n);return o}function $e(t,...e){t.replaceChildren(...e.filter(r=>!!r))}var bo={steps:["Schritt","Step"],inputs:["Eingang","Input"],outputs:["Ergebnis","Output"],participants:["Beteiligte","Participant"],interfaces:["Schnittstelle","Interface"],itSystems:["IT-System","IT system"],legalBasis:["Rechtsgrundlage","Legal basis"],kpis:["Kennzahl","KPI"],risks:["Risiko","Risk"],documents:["Dokument","Document"],changeHistory:["\xC4nderung","Change"],checklist:["Checklistenpunkt","Checklist item"],fields:["Datenfeld","Data field"],options:["Option","Option"],links:["Link","Link"],contributors:["Mitwirkende","Contributor"],tools:["Hilfsmittel","Tool"]},pl={id:["Kennung","Id"],version:["Version","Version"],status:["Status","Status"],name:["Name","Name"],code:["K\xFCrzel","Code"],validFrom:["G\xFCltig ab","Valid from"],category:["Kategorie","Category"],owner:["Prozessverantwortung","Process owner"],goal:["Ziel","Goal"],scope:["Geltungsbereich","Scope"],trigger:["Ausl\xF6ser","Trigger"],result:["Ergebnis","Result"],description:["Beschreibung","Description"],supplier:["Lieferant","Supplier"],customer:["Empf\xE4nger","Customer"],role:["Rolle","Role"],task:["Aufgabe","Task"],direction:["Richtung","Direction"],process:["Prozess","Process"],target:["Zielwert","Target"],measurement:["Messung","Measurement"],control:["Ma\xDFnahme","Control"],title:["Titel","Title"],url:["Adresse","URL"],date:["Datum","Date"],author:["Autor","Author"],change:["\xC4nderung","Change"],responsible:["Verantwortlich","Responsible"],input:["Eingang","Input"],duration:["Dauer","Duration"],deadline:["Frist","Deadline"],text:["Text","Text"],required:["Pflicht","Required"],label:["Bezeichnung","Label"],type:["Typ","Type"],help:["Hilfetext","Help"],decision:["Entscheidung","Decision"],question:["Frage","Question"],next:["N\xE4chster Schritt","Next step"],end:["Ende","End"],...bo};function gr(t,e){let r=e==="de"?0:1,o=(t??"").replace(/^wf:/,"").replace(/^\$\.?/,"").match(/[^.[\]]+|\[\d+\]/g)??[],n=[];for(let a=0;a<o.length;a++){let i=o[a],l=o[a+1];l?.startsWith("[")&&bo[i]?(n.push(`${bo[i][r]} ${Number(l.slice(1,-1))+1}`),a++):i.startsWith("[")?n.push(String(Number(i.slice(1,-1))+1)):n.push(pl[i]?.[r]??i)}return n.length?n.join(" \u203A "):e==="de"?"Dokument":"Document"}var fr="wf:profile";function _i(t,e){return e==="de"?`Prozesssteckbrief ${t.id} \xB7 Version ${t.version}`:`Process profile ${t.id} \xB7 version ${t.version}`}function yo(t){let e=/([a-z0-9][a-z0-9-]*) · [Vv]ersion (\d+)\s*$/.exec(t??"");return e?{id:e[1],version:Number(e[2])}:null}async function Vi(t,e,r){let o=Office.context.requirements.isSetSupported("WordApi","1.5");return Word.run(async n=>{let a=n.document.body,i="selection";o&&(a.load("text"),await n.sync(),a.text.trim()===""&&(i="document"));let l;return i==="document"?(n.document.insertFileFromBase64(t,"Replace",{importStyles:!0,importTheme:!0,importParagraphSpacing:!0,importPageColor:!0}),await n.sync(),l=n.document.body.insertContentControl()):l=n.document.getSelection().insertFileFromBase64(t,"Replace").insertContentControl(),l.tag=fr,l.title=_i(e,r),l.appearance="BoundingBox",await n.sync(),i})}async function xo(){return Word.run(async t=>{let e=t.document.contentControls.getByTag(fr);return e.load("items"),await t.sync(),e.items.map(r=>yo(r.title)).filter(r=>r!==null)})}async function ji(t,e,r){return Word.run(async o=>{let n=o.document.contentControls.getByTag(fr);n.load("items"),await o.sync();let a=n.items.findIndex(d=>yo(d.title)?.id===e.id);if(a<0)return!1;n.items[a].insertFileFromBase64(t,"Replace"),await o.sync();let i=o.document.contentControls.getByTag(fr);i.load("items"),await o.sync();let l=i.items.find(d=>yo(d.title)?.id===e.id)??i.items[a];return l?(l.title=_i(e,r),await o.sync(),!0):!1})}function Wi(t,e=1024*1024){return new Promise((r,o)=>{Office.context.document.getFileAsync(Office.FileType.Compressed,{sliceSize:e},n=>{if(n.status!==Office.AsyncResultStatus.Succeeded){o(new Error(n.error?.message??"getFileAsync"));return}let a=n.value,i=a.sliceCount,l=[],d=s=>a.closeAsync(()=>s()),c=s=>{if(s===i){d(()=>r(hl(l)));return}a.getSliceAsync(s,p=>{if(p.status!==Office.AsyncResultStatus.Succeeded){d(()=>o(new Error(p.error?.message??"getSliceAsync")));return}l.push(Uint8Array.from(p.value.data)),t?.(s+1,i),c(s+1)})};c(0)})})}function hl(t){let e=new Uint8Array(t.reduce((o,n)=>o+n.length,0)),r=0;for(let o of t)e.set(o,r),r+=o.length;return e}function So(t){let e=t instanceof Uint8Array?t:new Uint8Array(t),r="";for(let o=0;o<e.length;o+=32768)r+=String.fromCharCode(...e.subarray(o,o+32768));return btoa(r)}var gl=20*1024*1024,mr=class{constructor(e,r,o){this.root=e;this.mode=r;this.language=o}root;mode;language;api;auth;templates=[];selected;list=g("ul",{id:"templates",role:"listbox","aria-label":this.t("title")});preview=g("section",{id:"preview","aria-live":"polite"});status=g("div",{id:"status",role:"status","aria-live":"polite"});search=g("fluent-text-input",{id:"search",placeholder:this.t("search"),"aria-label":this.t("search")});busy=!1;t(e,...r){return Mi(this.language,e,...r)}async start(){document.documentElement.lang=this.language,document.title=this.t("title"),this.search.addEventListener("input",()=>this.renderList()),$e(this.root,g("header",{},g("img",{src:"assets/icon-32.png",alt:"",width:24,height:24}),g("h1",{},this.t("title"))),this.mode==="browser"?g("p",{class:"hint"},this.t("browserMode")):null,this.search,this.list,this.preview,this.status),this.progress(this.t("loading"));let e=new URL("..",location.href).href;try{let r=await ko(e);this.auth=zi(r,this.mode)}catch(r){this.show("error",r instanceof Error&&r.message==="signInMissing"?this.t("signInMissing"):this.t("unreachable"),this.retryButton());return}this.api=new ur(e,()=>this.token(),this.language),await this.loadList()}async token(){try{return await this.auth.token()}catch(e){throw e instanceof et?new Fe("signIn",401,e.message):e}}async loadList(){try{this.templates=await this.api.templates(),this.templates.sort((e,r)=>e.name.localeCompare(r.name,this.language)),this.renderList(),this.clearStatus(),this.templates.length?this.selected||await this.select(this.templates[0].id):this.show("info",this.t("none"))}catch(e){this.fail(e,()=>this.loadList())}}renderList(){let e=this.search.value?.trim().toLocaleLowerCase(this.language)??"",r=this.templates.filter(o=>o.name.toLocaleLowerCase(this.language).includes(e));$e(this.list,...r.map(o=>{let n=o.id===this.selected?.id;return g("li",{role:"option",tabindex:0,"aria-selected":String(n),"data-id":o.id,onclick:()=>{this.select(o.id)},onkeydown:i=>{(i.key==="Enter"||i.key===" ")&&(i.preventDefault(),this.select(o.id))}},g("span",{class:"name"},o.name),g("span",{class:"meta"},this.statusBadge(o.status),g("span",{class:"version"},o.releasedVersion?this.t("released",o.releasedVersion):this.t("version",o.latestVersion)),o.releasedVersion&&o.latestVersion!==o.releasedVersion?g("span",{class:"version"},this.t("latest",o.latestVersion)):null))})),!r.length&&this.templates.length&&this.list.append(g("li",{class:"empty"},this.t("empty")))}statusBadge(e){let[r,o]=e==="released"?["releasedStatus","success"]:e==="archived"?["archived","subtle"]:["draft","warning"];return g("fluent-badge",{appearance:"tint",color:o,size:"small"},this.t(r))}async select(e){try{this.selected=await this.api.template(e),this.renderList(),this.renderPreview()}catch(r){this.fail(r,()=>this.select(e))}}renderPreview(){let e=this.selected;if(!e){$e(this.preview,g("p",{class:"hint"},this.t("chooseTemplate")));return}let r=(a,i)=>i?g("div",{class:"field"},g("dt",{},this.t(a)),g("dd",{},i)):null,o=e.category&&["core","management","support"].includes(e.category)?this.t(e.category):e.category,n=e.validFrom?new Date(`${e.validFrom}T00:00:00`).toLocaleDateString(this.language==="de"?"de-DE":"en-GB"):null;$e(this.preview,g("h2",{},e.name),g("p",{class:"meta"},this.statusBadge(e.status),g("span",{class:"version"},this.t("version",e.version))),g("dl",{},r("code",e.code),r("owner",e.owner),r("category",o),r("validFrom",n),r("goal",e.goal),r("trigger",e.trigger),r("result",e.result),g("div",{class:"field"},g("dt",{},`${this.t("steps")} (${e.steps.length})`),g("dd",{},g("ol",{},...e.steps.slice(0,12).map(a=>g("li",{},a.title)),e.steps.length>12?g("li",{class:"more"},"\u2026"):null)))),this.actions())}actions(){if(this.mode==="office")return g("div",{class:"actions"},g("fluent-button",{id:"insert",appearance:"primary",onclick:()=>{this.run(()=>this.insert())}},this.t("insert")),g("fluent-button",{id:"update",onclick:()=>{this.run(()=>this.update())}},this.t("update")),g("fluent-button",{id:"save",onclick:()=>{this.run(()=>this.saveOpenDocument())}},this.t("save")));let e=g("input",{id:"upload",type:"file",accept:`.docx,${pr}`,hidden:!0});return e.addEventListener("change",()=>{let r=e.files?.[0];e.value="",r&&this.run(()=>this.uploadFile(r))}),g("div",{class:"actions"},g("fluent-button",{id:"download",appearance:"primary",onclick:()=>{this.run(()=>this.download())}},this.t("download")),g("fluent-button",{id:"upload-button",onclick:()=>e.click()},this.t("upload")),e,g("p",{class:"hint"},this.t("uploadHint")))}async run(e){if(!this.busy){this.busy=!0,this.root.setAttribute("aria-busy","true");try{await e()}catch(r){this.fail(r,()=>this.run(e))}finally{this.busy=!1,this.root.removeAttribute("aria-busy")}}}async insert(){let e=this.selected;this.progress(this.t("inserting"));let r=await this.api.profile(e.id,e.version);await Vi(So(r.bytes),{id:e.id,version:e.version},this.language),this.show("success",this.t("inserted",e.name,e.version))}async update(){this.progress(this.t("updating"));let e=await xo();if(!e.length){this.show("warning",this.t("noProfile"));return}this.templates=await this.api.templates();let r=[];for(let o of e){let n=this.templates.find(i=>i.id===o.id),a=n?.name??o.id;if(!n?.releasedVersion)r.push(this.t("noReleased",a));else if(n.releasedVersion===o.version)r.push(this.t("upToDate",a,o.version));else{let i=await this.api.profile(o.id,n.releasedVersion);await ji(So(i.bytes),{id:o.id,version:n.releasedVersion},this.language),r.push(this.t("updated",a,n.releasedVersion))}}this.show("success",r.join(" "))}async saveOpenDocument(){let r=(await xo())[0]?.id??this.selected.id;this.progress(this.t("reading",0,1),0);let o=await Wi((n,a)=>this.progress(this.t("reading",n,a),n/a));await this.save(r,o,!1)}async uploadFile(e){if(!/\.docx$/i.test(e.name)){this.show("error",this.t("notDocx"));return}if(e.size>gl){this.show("error",this.t("tooLarge"));return}await this.save(this.selected.id,new Uint8Array(await e.arrayBuffer()),!1)}async save(e,r,o){this.progress(this.t("saving"));try{let n=await this.api.save(e,r,o);this.showSaved(n),this.templates=await this.api.templates(),this.renderList()}catch(n){if(n instanceof Fe&&n.kind==="conflict"){this.show("warning",this.t("conflict",n.documentVersion??"?",n.latestVersion??"?"),g("fluent-button",{id:"apply-latest",slot:"actions",size:"small",onclick:()=>{this.run(()=>this.save(e,r,!0))}},this.t("applyLatest")));return}throw n}}showSaved(e){let r=n=>{let a=n==null?"\u2013":typeof n=="string"?n:JSON.stringify(n);return a.length>160?`${a.slice(0,157)}\u2026`:a},o=g("div",{class:"details"},e.changes.length?g("h3",{},this.t("changes")):null,e.changes.length?g("ul",{id:"changes"},...e.changes.map(n=>g("li",{},g("strong",{},gr(n.path,this.language)),": ",g("del",{},r(n.old))," \u2192 ",g("ins",{},r(n.new))))):null,e.notices.length?g("h3",{},this.t("notices")):null,e.notices.length?g("ul",{},...e.notices.map(n=>g("li",{},`${gr(n.path,this.language)}: ${n.message}`))):null);e.created?this.show("success",this.t("created",e.version,e.basedOn),null,o):this.show("info",this.t("unchanged",e.basedOn),null,o)}async download(){let e=this.selected;this.progress(this.t("downloading"));let r=await this.api.profile(e.id,e.version),o=URL.createObjectURL(new Blob([r.bytes],{type:pr})),n=g("a",{href:o,download:r.fileName,hidden:!0});document.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(o),6e4),this.show("success",this.t("downloaded",r.fileName))}fail(e,r){if(!(e instanceof Fe)){this.show("error",this.t("failed","",e instanceof Error?e.message:String(e)));return}switch(e.kind){case"signIn":this.show("warning",this.t("signedOut"),g("fluent-button",{id:"sign-in",slot:"actions",appearance:"primary",size:"small",onclick:()=>{this.signIn(r)}},this.t("signIn")));return;case"forbidden":this.show("error",this.t("forbidden"));return;case"unreachable":this.show("error",this.t("unreachable"),this.retryButton(r));return;case"storage":this.show("error",this.t("storageDown"),this.retryButton(r));return;case"invalid":this.show("error",e.errors.length?this.t("errorsTitle"):e.message,null,e.errors.length?g("ul",{id:"errors"},...e.errors.map(o=>g("li",{},g("strong",{},gr(o.path,this.language)),`: ${o.message}`))):null);return;case"notFound":this.show("error",e.message||this.t("notFound"));return;default:this.show("error",this.t("failed",e.status,e.message))}}async signIn(e){this.progress(this.t("signingIn"));try{await this.auth.signIn()}catch(r){this.show("error",this.t("signInFailed",r instanceof Error?r.message:String(r)));return}this.clearStatus(),await e()}retryButton(e){return g("fluent-button",{slot:"actions",size:"small",onclick:()=>e?void e():location.reload()},this.t("retry"))}progress(e,r){let o=g("fluent-progress-bar",r===void 0?{}:{value:Math.round(r*100),max:100});$e(this.status,g("div",{class:"progress","data-state":"busy"},g("span",{},e),o))}show(e,r,o,n){$e(this.status,g("fluent-message-bar",{intent:e,layout:"multiline","data-state":e},r,o??null),n??null)}clearStatus(){$e(this.status)}};async function fl(){ia(ot);let t="browser",e;typeof Office<"u"&&(await Office.onReady()).host&&(t="office",e=Office.context.displayLanguage);let r=new URLSearchParams(location.search).get("lang"),o=Ri(r??e??navigator.language);await new mr(document.getElementById("pane"),t,o).start()}fl();
//# sourceMappingURL=pane.js.map
