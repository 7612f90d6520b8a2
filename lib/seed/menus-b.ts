import { menu, type MenuDef } from "./menu-types";

// Line format: "+ add-on | English | fen", "# 分类 | Category", "菜名 | Dish | fen | flags".
export const MENUS_B: Record<string, MenuDef> = {
  S08: menu(
    800,
    `
+ 加煎蛋 | Fried egg | 400
+ 加叉烧 | Extra char siu | 1200
+ 走葱 | No scallion | 0
# 茶餐厅招牌 | Cha Chaan Teng Classics
菠萝油 | Pineapple Bun with Butter | 1200
港式奶茶 | HK Milk Tea | 1600 | t
冻柠茶 | Iced Lemon Tea | 1500 | t
鸳鸯 | Yuenyeung Coffee & Tea | 1700 | t
西多士 | HK French Toast | 1800
# 饭类 | Rice
蜜汁叉烧饭 | Char Siu Rice | 3600 | a
明炉烧鹅饭 | Roast Goose Rice | 4800 | a
干炒牛河 | Dry-fried Beef Ho Fun | 3800
焗猪扒饭 | Baked Pork Chop Rice | 4200 | s
滑蛋虾仁饭 | Scrambled Egg & Shrimp Rice | 3800
# 点心 | Dim Sum
虾饺皇 | Har Gow Shrimp Dumplings | 3200
蟹籽烧卖 | Siu Mai | 2600
流沙包 | Salted Egg Custard Buns | 2200
鲜虾肠粉 | Shrimp Rice Noodle Rolls | 2400
# 粥面 | Congee & Noodles
皮蛋瘦肉粥 | Century Egg & Pork Congee | 2200
鲜虾云吞面 | Wonton Noodle Soup | 2800
车仔面 | Cart Noodles | 3200 | a
`,
  ),
  S09: menu(
    1000,
    `
+ 加溏心蛋 | Soft-boiled egg | 500
+ 加饭 | Extra rice | 300
+ 加芝士 | Cheese | 600
# 便当 | Bento & Donburi
照烧鸡腿便当 | Teriyaki Chicken Bento | 3800 | a
日式咖喱猪排饭 | Japanese Curry Katsu Rice | 4200 | sa
蒲烧鳗鱼饭 | Grilled Eel Rice | 6800 | s
牛肉饭 | Gyudon Beef Bowl | 3600 | sa
亲子丼 | Oyakodon Chicken & Egg Bowl | 3400 | a
三文鱼刺身饭 | Salmon Sashimi Bowl | 5800
# 寿司 | Sushi
三文鱼握寿司（4贯） | Salmon Nigiri (4) | 3200
加州卷 | California Roll | 2800
鳗鱼寿司卷 | Eel Roll | 3600
金枪鱼手卷 | Tuna Hand Roll | 2200
# 小食 | Sides
味噌汤 | Miso Soup | 800
日式炸鸡 | Karaage Fried Chicken | 2400
章鱼小丸子 | Takoyaki | 2200
盐水毛豆 | Edamame | 1200
# 饮品 | Drinks
大麦茶 | Barley Tea | 600
乌龙茶 | Oolong Tea | 800
可尔必思 | Calpis | 1000
`,
  ),
  S10: menu(
    1000,
    `
+ 牛油果 | Avocado | 800
+ 溏心蛋 | Soft-boiled egg | 400
+ 鸡胸肉 | Chicken breast | 900
+ 藜麦 | Quinoa | 500
# 能量碗 | Power Bowls
香煎鸡胸藜麦碗 | Seared Chicken & Quinoa Bowl | 4200 | sa
牛油果三文鱼碗 | Avocado Salmon Bowl | 5800 | a
黑椒牛肉能量碗 | Black Pepper Beef Bowl | 4800 | a
照烧豆腐素食碗 | Teriyaki Tofu Vegan Bowl | 3600 | a
# 沙拉 | Salads
凯撒沙拉 | Caesar Salad | 3200 | a
希腊沙拉 | Greek Salad | 3400 | a
金枪鱼沙拉 | Tuna Salad | 3800 | a
鸡胸肉沙拉 | Chicken Breast Salad | 3600 | a
# 卷饼三明治 | Wraps & Sandwiches
鸡肉卷饼 | Chicken Wrap | 2800
全麦牛油果三明治 | Whole-wheat Avocado Sandwich | 3000
烟熏三文鱼贝果 | Smoked Salmon Bagel | 3600
# 果汁酸奶 | Juices & Yoghurt
羽衣甘蓝果蔬汁 | Kale Green Juice | 2400 | s
鲜榨橙汁 | Fresh Orange Juice | 2200 | s
希腊酸奶碗 | Greek Yoghurt Bowl | 2600
冷萃咖啡 | Cold Brew Coffee | 2200
`,
  ),
  S11: menu(
    1000,
    `
+ 加醋 | Black vinegar | 0
+ 加蒜泥 | Crushed garlic | 0
+ 加辣油 | Chili oil | 0
# 水饺 | Boiled Dumplings
猪肉白菜水饺（15个） | Pork & Cabbage Dumplings (15) | 2200 | sa
三鲜水饺（15个） | Three Delicacies Dumplings (15) | 2800 | sa
韭菜鸡蛋水饺（15个） | Chive & Egg Dumplings (15) | 2000 | sa
酸菜猪肉水饺（15个） | Sauerkraut & Pork Dumplings (15) | 2400 | sa
牛肉大葱水饺（15个） | Beef & Scallion Dumplings (15) | 2800 | sa
鲅鱼水饺（15个） | Mackerel Dumplings (15) | 3200 | sa
# 煎饺锅贴 | Pan-fried
猪肉锅贴（10个） | Pork Potstickers (10) | 2000
冰花煎饺 | Crispy Lace Dumplings | 2400
# 东北菜 | Dongbei Dishes
锅包肉 | Guo Bao Rou Sweet & Sour Pork | 4200
地三鲜 | Di San Xian Stir-fried Vegetables | 2600
小鸡炖蘑菇 | Chicken Stewed with Mushrooms | 5200
酸菜白肉 | Sauerkraut with Pork Belly | 3800
拍黄瓜 | Smashed Cucumber | 1200 | p
# 汤饮 | Soups & Drinks
酸辣汤 | Hot & Sour Soup | 1500 | p
小米粥 | Millet Congee | 600
哈尔滨啤酒 | Harbin Beer | 800
`,
  ),
  S12: menu(
    200,
    `
+ 加蛋 | Extra egg | 200
+ 加薄脆 | Extra crisp | 100
+ 加火腿肠 | Sausage | 300
+ 加里脊 | Pork tenderloin | 600
+ 加生菜 | Lettuce | 100
# 煎饼 | Jianbing
经典煎饼果子 | Classic Jianbing with Crisp | 1200 | pa
双蛋煎饼 | Double-egg Jianbing | 1500 | pa
里脊煎饼 | Jianbing with Pork Tenderloin | 1800 | pa
火腿肠煎饼 | Jianbing with Sausage | 1500 | pa
豪华全家福煎饼 | Deluxe Everything Jianbing | 2500 | pa
# 早点 | Breakfast
手抓饼 | Hand-pulled Pancake | 1000 | a
鸡蛋灌饼 | Egg-filled Pancake | 900 | a
茶叶蛋 | Tea Egg | 250
油条 | Youtiao Fried Dough | 400
粢饭团 | Shanghai Sticky Rice Roll | 900 | a
生煎包（4只） | Pan-fried Pork Buns (4) | 1200
# 豆浆粥品 | Soy Milk & Congee
现磨豆浆 | Fresh Soy Milk | 500 | s
甜豆花 | Sweet Tofu Pudding | 600
咸豆浆 | Savoury Soy Milk | 700
八宝粥 | Eight Treasure Congee | 800
`,
  ),
  S13: menu(
    1200,
    `
+ 加米饭 | Extra rice | 300
+ 加花椒 | Extra Sichuan pepper | 0
+ 加豆芽 | Bean sprouts | 300
# 川味招牌 | Sichuan Signatures
水煮鱼 | Sichuan Boiled Fish | 6800 | sp
麻婆豆腐 | Mapo Tofu | 2400 | p
宫保鸡丁 | Kung Pao Chicken | 3600 | p
回锅肉 | Twice-cooked Pork | 3800 | p
鱼香肉丝 | Yu Xiang Shredded Pork | 3200 | p
毛血旺 | Mao Xue Wang Spicy Stew | 5800 | sp
# 凉菜 | Cold Dishes
口水鸡 | Mouthwatering Chicken | 3200 | p
夫妻肺片 | Fuqi Feipian Beef & Tripe | 3600 | p
蒜泥白肉 | Garlic Pork Slices | 2800
# 小吃面食 | Snacks & Noodles
担担面 | Dan Dan Noodles | 1800 | p
红油抄手 | Wontons in Chili Oil | 1800 | p
钟水饺 | Zhong Dumplings | 1600
酸辣粉 | Hot & Sour Sweet Potato Noodles | 1600 | pa
# 米饭饮品 | Rice & Drinks
米饭 | Steamed Rice | 300
红糖冰粉 | Brown Sugar Ice Jelly | 800
天府可乐 | Tianfu Cola | 600
酸梅汤 | Sour Plum Drink | 800
`,
  ),
  S14: menu(
    400,
    `
+ 加芝士片 | Cheese slice | 300
+ 加培根 | Bacon | 500
+ 加鸡腿肉 | Extra chicken | 600
# 汉堡 | Burgers
香辣鸡腿堡 | Spicy Chicken Burger | 2200 | a
奥尔良烤鸡堡 | Orleans Grilled Chicken Burger | 2300 | a
双层牛肉芝士堡 | Double Beef Cheeseburger | 3200 | a
鳕鱼堡 | Fish Fillet Burger | 2400 | a
# 炸鸡 | Fried Chicken
韩式炸鸡（半只） | Korean Fried Chicken (Half) | 4200 | p
原味炸鸡（4块） | Original Fried Chicken (4 pcs) | 3600
香辣鸡翅（4只） | Spicy Wings (4) | 2200 | p
无骨鸡柳 | Boneless Chicken Tenders | 1800
鸡米花 | Popcorn Chicken | 1500
# 套餐 | Combos
鸡腿堡套餐 | Chicken Burger Combo | 3500 | a
全家桶 | Family Bucket | 8800
双人分享餐 | Sharing Meal for Two | 6800
# 小食饮料 | Sides & Drinks
薯条 | French Fries | 1200 | s
洋葱圈 | Onion Rings | 1300
可乐 | Cola | 800 | s
圣代 | Sundae | 1000
`,
  ),
};
