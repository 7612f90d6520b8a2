import { menu, type MenuDef } from "./menu-types";

// Line format: "+ add-on | English | fen", "# 分类 | Category", "菜名 | Dish | fen | flags".
export const MENUS_A: Record<string, MenuDef> = {
  S01: menu(
    800,
    `
+ 加煎蛋 | Fried egg | 300
+ 加米饭 | Extra rice | 200
+ 加腊肉 | Extra smoked pork | 800
# 招牌湘菜 | Signature Hunan
辣椒炒肉 | Stir-fried Pork with Chili | 3800 | p
剁椒鱼头 | Steamed Fish Head with Chopped Chili | 8800 | p
小炒黄牛肉 | Stir-fried Beef with Chili | 4800 | p
毛氏红烧肉 | Mao-style Braised Pork Belly | 5200
湘西外婆菜 | Xiangxi Grandma's Pickled Greens | 2200 | p
干锅花菜 | Dry-pot Cauliflower | 2800 | p
# 家常小炒 | Home-style Dishes
农家小炒肉 | Farmhouse Stir-fried Pork | 3200 | p
酸辣土豆丝 | Hot & Sour Shredded Potato | 1600 | p
手撕包菜 | Hand-torn Cabbage | 1800 | p
擂辣椒皮蛋 | Pounded Chili with Century Egg | 2200 | p
香干炒腊肉 | Smoked Pork with Dried Tofu | 3600 | p
# 米饭套餐 | Rice Sets
辣椒炒肉盖饭 | Chili Pork Rice Bowl | 2600 | pa
小炒黄牛肉盖饭 | Chili Beef Rice Bowl | 3200 | pa
红烧肉盖饭 | Braised Pork Rice Bowl | 3000 | a
剁椒鸡蛋盖饭 | Chopped Chili Egg Rice Bowl | 2200 | pa
# 主食饮品 | Staples & Drinks
米饭 | Steamed Rice | 300
湖南米粉 | Hunan Rice Noodles | 1800 | p
酸梅汤 | Sour Plum Drink | 800
王老吉 | Wanglaoji Herbal Tea | 600
`,
  ),
  S02: menu(
    300,
    `
+ 加牛肉 | Extra beef | 800
+ 加蛋 | Extra egg | 300
+ 加面 | Extra noodles | 300
# 招牌牛肉面 | Beef Noodle Soups
兰州牛肉拉面 | Lanzhou Hand-pulled Beef Noodles | 2200 | sa
加肉牛肉面 | Beef Noodles with Extra Beef | 2800 | sa
牛肉刀削面 | Knife-cut Beef Noodles | 2300 | sa
酸菜牛肉面 | Pickled Cabbage Beef Noodles | 2400 | spa
麻辣牛肉面 | Spicy Beef Noodles | 2400 | sa
羊肉泡馍 | Lamb Paomo in Broth | 3200
# 炒面拌面 | Fried & Mixed Noodles
牛肉炒拉面 | Stir-fried Pulled Noodles with Beef | 2600 | pa
西红柿鸡蛋拌面 | Tomato & Egg Mixed Noodles | 2000 | s
孜然羊肉炒面 | Cumin Lamb Fried Noodles | 3000 | p
# 小菜 | Sides
凉拌牛肉 | Cold Sliced Beef | 2800
拍黄瓜 | Smashed Cucumber | 1200 | p
卤蛋 | Braised Egg | 300
凉拌木耳 | Wood Ear Mushroom Salad | 1200
牛肉夹馍 | Beef Roujiamo | 1500
# 饮品 | Drinks
冰峰橙汁 | Iced Orange Soda | 500
酸奶 | Yoghurt | 800
八宝茶 | Eight Treasure Tea | 1000
`,
  ),
  S03: menu(
    300,
    `
+ 加卤蛋 | Braised egg | 300
+ 加鸡腿 | Chicken leg | 800
+ 加青菜 | Greens | 300
# 沙县招牌 | Shaxian Classics
沙县蒸饺 | Shaxian Steamed Dumplings | 1000
扁肉 | Shaxian Wontons | 1000 | s
飘香拌面 | Peanut Sauce Mixed Noodles | 800 | s
鸡腿饭 | Chicken Leg Rice | 1800 | a
卤鸭腿饭 | Braised Duck Leg Rice | 2000 | a
# 炖罐 | Stewed Soups
乌鸡炖罐 | Black-bone Chicken Soup | 1500
排骨炖罐 | Pork Rib Soup | 1400
花旗参炖鸡 | American Ginseng Chicken Soup | 1800
# 炒饭炒面 | Fried Rice & Noodles
扬州炒饭 | Yangzhou Fried Rice | 1500 | a
肉丝炒面 | Shredded Pork Fried Noodles | 1500 | a
蛋炒饭 | Egg Fried Rice | 1200 | a
炒河粉 | Stir-fried Rice Noodles | 1600 | pa
# 卤味小菜 | Braised Sides
卤蛋 | Braised Egg | 300
卤豆腐 | Braised Tofu | 400
卤鸡腿 | Braised Chicken Leg | 800
拌青菜 | Blanched Greens | 800
`,
  ),
  S04: menu(
    600,
    `
+ 加米饭 | Extra rice | 200
+ 加香菇 | Shiitake | 300
+ 加青椒 | Green pepper | 200
# 黄焖系列 | Braised Chicken & More
招牌黄焖鸡米饭 | Signature Braised Chicken with Rice | 2500 | spa
黄焖排骨米饭 | Braised Pork Ribs with Rice | 2900 | spa
黄焖牛肉米饭 | Braised Beef with Rice | 3200 | spa
黄焖鸡翅米饭 | Braised Chicken Wings with Rice | 2700 | spa
黄焖猪蹄米饭 | Braised Trotters with Rice | 3000 | sp
黄焖鸡米线 | Braised Chicken with Rice Noodles | 2500 | sp
# 双拼 | Combos
黄焖鸡排骨双拼 | Chicken & Ribs Combo | 3500 | p
黄焖鸡牛肉双拼 | Chicken & Beef Combo | 3600 | p
# 加菜 | Extras
金针菇 | Enoki Mushrooms | 400
土豆 | Potatoes | 300
豆腐皮 | Tofu Skin | 400
鹌鹑蛋 | Quail Eggs | 500
# 饮品 | Drinks
可口可乐 | Coca-Cola | 500
雪碧 | Sprite | 500
酸梅汤 | Sour Plum Drink | 600
`,
  ),
  S05: menu(
    800,
    `
+ 加肥牛 | Beef slices | 800
+ 加虾滑 | Shrimp paste | 900
+ 加方便面 | Instant noodles | 300
# 麻辣烫套餐 | Malatang Sets
经典麻辣烫 | Classic Malatang | 2600 | pa
牛肉麻辣烫 | Beef Malatang | 3200 | pa
番茄麻辣烫 | Tomato Broth Malatang | 2600 | a
骨汤麻辣烫 | Bone Broth Malatang | 2400 | a
麻辣拌 | Dry Spicy Mix | 2600 | pa
# 荤菜 | Meat
肥牛卷 | Beef Slices | 800
午餐肉 | Luncheon Meat | 500
鱼豆腐 | Fish Tofu | 400
虾滑 | Shrimp Paste | 900
鱼丸 | Fish Balls | 400
# 素菜 | Vegetables
金针菇 | Enoki Mushrooms | 400
土豆片 | Potato Slices | 300
宽粉 | Wide Sweet Potato Noodles | 400
娃娃菜 | Baby Cabbage | 400
海带结 | Kelp Knots | 300
# 主食饮品 | Staples & Drinks
米饭 | Steamed Rice | 200
冰粉 | Brown Sugar Ice Jelly | 800
豆奶 | Soy Milk | 500
`,
  ),
  S06: menu(
    300,
    `
+ 珍珠 | Boba pearls | 200
+ 椰果 | Coconut jelly | 200
+ 芋圆 | Taro balls | 300
+ 奶盖 | Cheese foam | 400
+ 布丁 | Pudding | 300
# 经典奶茶 | Classic Milk Tea
珍珠奶茶 | Bubble Milk Tea | 1400 | sta
芋泥波波奶茶 | Taro Boba Milk Tea | 1800 | sta
黑糖鹿丸鲜奶 | Brown Sugar Boba Fresh Milk | 1900 | sta
茉莉奶绿 | Jasmine Milk Green Tea | 1500 | sta
焦糖布丁奶茶 | Caramel Pudding Milk Tea | 1700 | sta
# 鲜果茶 | Fresh Fruit Tea
多肉葡萄 | Cheese Grape Tea | 2200 | st
满杯红柚 | Full-cup Grapefruit Tea | 1900 | sta
芝芝莓莓 | Cheese Strawberry Tea | 2400 | st
百香果双响炮 | Passion Fruit Double | 1600 | sta
柠檬绿茶 | Lemon Green Tea | 1300 | st
# 纯茶 | Pure Tea
四季春 | Four Seasons Oolong | 1000 | st
茉莉绿茶 | Jasmine Green Tea | 1000 | st
大红袍奶茶 | Da Hong Pao Milk Tea | 1600 | sta
# 小食 | Snacks
蛋挞 | Egg Tart | 800
芋泥麻薯 | Taro Mochi | 1200
鸡蛋仔 | Hong Kong Egg Waffle | 1500
`,
  ),
  S07: menu(
    1000,
    `
+ 加孜然 | Extra cumin | 0
+ 加辣椒面 | Extra chili powder | 0
+ 加烤馒头片 | Grilled mantou | 600
# 肉串 | Meat Skewers
羊肉串（5串） | Lamb Skewers (5) | 2500 | pa
牛肉串（5串） | Beef Skewers (5) | 2800 | pa
五花肉串（5串） | Pork Belly Skewers (5) | 2000 | p
烤鸡翅（2个） | Grilled Chicken Wings (2) | 1600 | p
烤鸡胗 | Grilled Chicken Gizzards | 1500 | p
掌中宝 | Chicken Cartilage | 1800 | p
# 海鲜 | Seafood
烤生蚝（6只） | Grilled Oysters (6) | 4800
蒜蓉扇贝（4只） | Garlic Scallops (4) | 4200
烤鱿鱼 | Grilled Squid | 2800 | p
麻辣小龙虾（1斤） | Spicy Crayfish (500 g) | 9800 | p
# 素串 | Vegetables
烤韭菜 | Grilled Chives | 800 | p
烤茄子 | Grilled Eggplant | 1500 | p
烤玉米 | Grilled Corn | 800
烤金针菇 | Grilled Enoki | 1000 | p
# 主食酒水 | Staples & Drinks
炒面 | Fried Noodles | 1800
烤冷面 | Grilled Cold Noodles | 1200 | p
青岛啤酒 | Tsingtao Beer | 800
北冰洋汽水 | Arctic Ocean Soda | 600
`,
  ),
};
