import MinyiText
let a = try TextAnalyzer()
print(a.analyze("共同创造美好的新世纪——二○○一年新年贺词 2001年，市人社局１．６万余人次82.24%").tokens.map(\.text))
