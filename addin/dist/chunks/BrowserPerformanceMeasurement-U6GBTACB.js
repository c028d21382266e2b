import{a}from"./chunk-YUOKOWKK.js";import"./chunk-XAWE4EAK.js";export{a as BrowserPerformanceMeasurement};
//# sourceMappingURL=BrowserPerformanceMeasurement-U6GBTACB.js.map
