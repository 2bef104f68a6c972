// A development set for typed-text routing (issue 12): batch 12, written blind on 29 Nov 2026 by
// a helper who had not seen the router's rules, its training or test messages; only the state
// ids and titles, the flows' words and the seeds. For tuning the danger detector, never learnt
// from: do not copy it into training data.
// 500 messages: 260 danger (weighted to what a keyword list misses: veiled threats, his
// presence or approach in everyday words, being watched, kept in or kept from calling, injuries
// told by symptoms, children at risk, suicidal thoughts put indirectly, someone who cannot talk,
// danger put as a question or buried in a longer message, text-speak; 40 from someone else in
// the house or nearby); 180 hard ordinary questions (marked `// hard`: past abuse, convictions,
// bail and injunctions, accidents, figures of speech, fears about meetings, a parent's mental
// health history, what counts as abuse) under the state that answers them; 40 plain ordinary
// questions (`// plain`); 20 off-topic (`none`), several with alarming words.
export const devBatchTwelve: Readonly<Record<string, readonly string[]>> = {
  danger: [
    'he said enjoy your last weekend and then he laughed',
    'he told me tonight is the night i find out what happens to people who cross him',
    'his car has just pulled up outside and i never told him where we moved to',
    "just heard his key go in the front door, he's not supposed to have a key",
    'hes back early and hes slamming every cupboard in the kitchen, the kids are upstairs',
    'cant say much hes here',
    "he's taken my phone and locked the back door and put the key in his pocket",
    "i can't see out of my left eye since he hit me about an hour ago",
    'my arm has gone a really weird shape and i cant move my fingers',
    "is it bad that he's been sat outside in his car for two hours just staring at the house",
    "he just came back from the pub and he's already thrown my phone at the wall",
    "he keeps saying nobody would even notice if i disappeared and he's said it three times tonight",
    'my ex is standing at the end of the road watching the house, he has a non molestation order against him',
    'he squeezed my neck till everything went fuzzy, that was twenty minutes ago and my voice is weird',
    "the baby is crying and he's shouting that he'll shut her up himself",
    'he wont let me leave the bedroom, hes sat against the door',
    "every time i try and ring my mum he grabs the phone off me, he's doing it right now",
    "i keep thinking the kids would be better off without me and i've got all my tablets lined up",
    "i dont think i can do another day, i've written letters to the children",
    'wat do i do hes kickin the door in',
    'hes outside the window',
    'he found the refuge address somehow, theres a text saying see you soon with a photo of the front door',
    "my daughter's dad turned up at school and is trying to take her, the office rang me panicking",
    "he's put petrol in a bottle and is sat in the garage",
    "he's been sharpening stuff in the kitchen and humming, he hasn't spoken to me all evening",
    'he said if i go to that meeting tomorrow i wont be going anywhere ever again',
    'my head is bleeding and i feel really sick and sleepy',
    "i think my ribs are broken, it hurts to breathe in, he's gone to the shop and will be back soon",
    "i'm hiding in the bathroom with my son, he's banging on the door",
    "he's drunk and he's got my youngest in the car and he's about to drive off",
    "he said the kids are going for a drive with daddy and he's really angry, can i stop him",
    "the social worker asked me to fill in a form about my support network, but honestly right now he's in the hallway shouting he'll kill me and i don't know what to do",
    "sorry if this is the wrong place, i wanted to ask about the conference next week but he's just smashed the telly and he's coming up the stairs",
    "my ex has been messaging all night saying he knows which room i'm sleeping in",
    "there's a tracker on my car, found it under the bumper, and he's just texted me the name of the street i'm parked on",
    "he knows where i am every minute, he's just messaged me saying nice coat",
    "he's parked across the drive so i can't get the car out and he's sitting in it",
    "he took the baby's passport and says he's flying tonight",
    "he's unplugged the landline, hidden my mobile and says i'm not going anywhere till i've learnt my lesson",
    'i cant breathe properly, he sat on my chest',
    "he's punched a hole in the wall right next to my head and now he's gone quiet which is worse",
    "quiet now but he's only gone for more beer and he said when he's back we're finishing this",
    "he's sitting on the stairs with the lights off waiting for me to come down",
    'my ex just walked into my flat, i didnt let him in',
    "someone's trying the door handle and i think it's him, he was released today",
    "he's just got out of prison this morning and he's already been past the house twice",
    "he's holding the baby and saying i'll never see her again, he won't give her back",
    "he smashed the car windows with me inside it, i'm still in it",
    "my lips are swollen and my tooth is loose and he's still here",
    "he said he'll burn the house down with us in it and he's got a lighter in his hand",
    'im in the car park at tesco and hes following me round in his van',
    "im walking home and there's a car crawling along beside me, i know it's his brother",
    'hes texted a picture of my kids in their school uniforms outside the gates today',
    'can you help hes going mental again',
    'pls help',
    'help me now',
    "he's stood over the cot shouting",
    "my boyfriend says he's going to drown himself and take me with him and he's run a bath",
    "i can hear him loading something in the shed, he said he's got a surprise for me when i get back",
    'i just woke up on the kitchen floor and dont know how long i was out',
    'is it normal to be coughing up blood after being kicked in the stomach? it was earlier tonight',
    "is it bad that i'm pregnant and he kicked me and now there's bleeding",
    "i'm bleeding and the baby's not moving as much since he pushed me down the stairs",
    "there's a lot of blood from my nose and it won't stop, he's in the living room",
    "my ex keeps phoning the house from withheld numbers and breathing, and now there's a car outside i don't recognise with someone in it",
    "he's messaged to say he's on the motorway on his way down here and i should think carefully about what i say when he arrives",
    'he said last time was just a warning',
    "he says i've got till midnight to change my mind or else",
    'he told the kids to say goodbye to mummy properly tonight',
    "he keeps saying this is your last chance, and he's got that look again",
    "he's cleaning the garage out and he said there'll be room for me in there soon",
    "he's started reading out the times my bus leaves every day, in a calm voice, over and over",
    "he keeps asking how deep the river is by the park, and he's making me walk there with him later",
    "he put my cat in the microwave and said i'm next",
    "he's drawn the curtains and told the kids to go to their rooms and not come out whatever they hear",
    "he said to pack a bag because i wont be coming back from where we're going tonight",
    "he made me write a note saying i'd left of my own free will",
    "he's been staring at me for an hour without blinking and he's got the car keys",
    "the kids' dad has just pulled up at contact handover and he's clearly off his face and wants to drive them",
    "his mate has been parked opposite my mum's house all day and i'm here with the kids",
    "he's just rung from the street outside, he can see my light on",
    'i heard the gate go and his footsteps, i know his walk',
    "someone's just let themselves in downstairs and it's only him who knows the code",
    "he's getting in through the kitchen window",
    "hes at the door again, he wont go away, he says he'll wait all night",
    "he's just let the tyres down on my car so i can't drive off",
    "he's locked us in and gone out, the windows don't open and the baby needs milk",
    'he took the door handle off the inside of the bedroom',
    "he's taken the sim card out of my phone and i'm on the neighbour's wifi, please tell me what to do quickly",
    "he deleted every contact in my phone, cut the wifi and i'm on a tablet he doesn't know about",
    "i'm typing in the toilet, he thinks i'm having a wee, please be quick",
    "he's asleep but when he wakes up he said he's going to finish it",
    "i've locked myself in the car with the kids and he's standing in front of it",
    "he smashed my phone so i'm on my son's xbox, he's still downstairs",
    'hes listening. yes the weather is nice here',
    'i can only type a few words hes in the same room',
    "he's reading over my shoulder sometimes, i have to be quick, he has my neck in a grip most nights and tonight is bad",
    "he put the kids in his car and said i'll never find them, he drove off ten minutes ago",
    "my son's father has taken him from the park and isn't answering and he said last week he'd rather they were both dead than with me",
    "my ex has my daughter and he's just sent a video of her crying saying mummy did this",
    "he's shaking the baby to stop her crying",
    "the little one has a burn on his hand and i think his dad did it while i was at work, he's with him now",
    "my toddler has a massive bruise on her face and his dad says she fell but she's scared of him and he's still here",
    "he hit my 6 year old across the face and now he's dragging him upstairs",
    "my 3 year old swallowed something and he won't let me take her to a&e because of the bruises",
    "i'm not allowed to take the kids to hospital because he says they'll ask questions, but my boy's been sick all night after he threw him",
    "he's driving really fast with me and the kids in the car and won't stop, i'm typing from the back seat",
    "he's got his hands round my throat every night this week and tonight he didn't stop till i passed out",
    'i was strangled earlier and now i have a really bad headache and my eyes are bloodshot',
    'i cant feel my face on one side since he slapped me',
    'my wrist is swollen like a balloon and i heard a crack when he twisted it',
    "i can't stand up, my knee went sideways when he kicked it and he says i'm faking",
    "there's a cut on my head that keeps opening, he won't let me go to the doctors",
    'i feel dizzy and keep being sick after he banged my head on the floor',
    "my ear is ringing and there's fluid coming out since he hit me on the side of the head",
    "he's burnt me with an iron and the skin has come off",
    'my jaw clicks and i cant close my mouth, it happened tonight',
    "i don't want to be here anymore, i've been standing on the bridge for a while",
    "i'm going to take everything in the cupboard tonight, i just wanted someone to know",
    "i keep thinking about just driving into a wall, the kids are at their nan's",
    "i've said goodbye to my sister and she doesn't know what i meant",
    "what's the point anymore, he's taken everything, i've got the pills in my hand",
    'i dont want to wake up tmrw, not ever, i mean it tonight',
    "i've cut myself deeper than before and it won't stop bleeding",
    'hes bk nd hes raging',
    'omg hes here hes actualy here',
    'cnt tlk hes in da room',
    'hes outsyd da flat pls wat do i do',
    'he jus punched me n took da kids keys',
    'ex at door shoutin n kickin it, kids cryin',
    'hes got me locked in da bathroom n wont let me out',
    'he sed he gna end me 2nite',
    'cant get out hes blockin da door',
    'hes follwin me home rite now',
    'hes watchin me thru the window',
    'hes in da garden',
    'he wnt let me ring any1',
    'bleedin bad cnt stop it',
    "i ran out in my socks and im hiding behind the bins at the end of the road, he's looking for me",
    "i got out the back and i'm at the bus stop with the baby and no coat, he's driving round",
    "i'm in the shop and i can see him across the road waiting for me to come out",
    "he's just sent me a screenshot of my location from my own phone",
    "how does he know i'm at my friend's, i haven't told anyone and he's just texted her address",
    'my ex left flowers on my doorstep at the new flat with a card saying found you',
    "there's a man i don't know outside who keeps taking photos of the house and my ex said he'd send someone",
    "he's on the roof of the extension trying to get in upstairs",
    "i think he's in the loft, i keep hearing moving about and he had a key to the old place",
    "he's been in my flat while i was out, my underwear is laid out on the bed and the kids' photos are face down",
    "he just rang and described exactly what i'm wearing right now",
    'is it normal that he made me kneel on the floor for three hours tonight and says tomorrow will be longer',
    "is it ok that he won't let me eat until i've said sorry, it's been two days",
    "should i be worried he's put all the knives in his bag and gone out saying he's visiting my brother",
    "is it serious if he says he'll hurt himself and then come for us, he's sent it ten minutes ago",
    "is it a big deal that he's waiting at the school gates and he's not allowed near the kids",
    "is it overreacting that i'm hiding upstairs because he's come home and he's in one of his moods",
    "should i ring someone, he's throwing furniture and the kids are under the table",
    "do i call 999 if he's only threatening, he's saying it right now with his fist up",
    "can the police come if he hasn't hit me yet but he's standing over me and says he's about to",
    "how do i get out, he's in the front room and the only door is past him",
    "would it count as an emergency if he's holding my baby out of the window",
    "what do i do if he's just started choking me again and let go",
    "um hi, not sure how this works, we've got a meeting with the social worker on thursday and i was going to ask about that but my ex is banging on the front door screaming my name and the kids are terrified",
    "i wanted to ask whether i have to agree to a safety plan, long story, but actually he has just turned up even though the plan says he can't and he's trying to get in",
    "my social worker wants me to go to a parenting course and i'm fine with that, but i should say he's been sleeping in his car across the road all week and tonight he's got a bat",
    "about legal aid, i was told to look into it, also he just rang to say he's outside and if i don't come down he's coming up",
    "i've been reading about conferences for ages, sorry i'm rambling, he's outside now shouting and i don't know why i'm typing this instead of ringing someone",
    "hiya, quick question about school records, and he's been kicking off since tea and now he's got the little one pinned on the sofa",
    "we've had a horrible week, court, social workers, all of it, and now he's come in drunk and he's got my head against the wall and i've got away for a second",
    "i'm fine really, just checking what happens at a review, although he did just drag me by my hair across the kitchen and he's still in there",
    "sorry it's late, i can't sleep because he said he'll come back and do it properly and he's been texting from round the corner",
    "i was going to ask about housing but he's come back and he's sitting on the bed with my phone and i'm on my old tablet",
    "he's been gone all day and he's just sent a voice note saying he's bought something that'll sort me out for good",
    "he's been quiet for weeks which always means something, and today he asked what time the kids finish school and whether i'll be in alone",
    "he rang my work to check i was there and now he's waiting in the car park",
    "my manager says a man's been asking which door i leave by, it's him, i finish in ten minutes",
    "the kids just came home from contact with their dad and my son says daddy said he's coming to get mummy tonight",
    "he said when i'm asleep i'll find out how easy it is",
    'he keeps touching the back of my neck and saying it would be so easy',
    "he's been moving my stuff about all day to show me he's been in, and now the back door's open and it was locked",
    "he's told my family i've gone away and taken my phone, i'm writing this on his laptop while he's in the shower",
    "he's made me ring in sick to work and won't let me out of his sight for days now",
    "i'm not allowed to leave the house and he's nailed the back windows shut this afternoon",
    'he took my shoes and coat and car keys and said go on then, leave',
    'im 14 and my step dad is hurting my mum downstairs right now, i can hear her crying',
    "my dad has got my mum on the floor and i'm upstairs with my little brother, what do i do",
    "i'm 15, mum's boyfriend has locked her in the bedroom and he's shouting he'll kill her",
    'im 13 my dads really drunk and has the car keys and wants to take my baby sister',
    "my mums not moving after he pushed her and he's just gone out, she's on the kitchen floor",
    "i'm 16 and he's hitting my mum again, should i go down or stay up here with the little ones",
    "its my mum's ex, he's banging on our door and mum's too scared to answer, i'm 12",
    "i'm in year 9, my mum's partner just threw a chair at her and now he's coming up to my room",
    "my dad said he'll get the gun from his mates and come back for us all, im scared, im 14",
    "my step dad has got a hand round my mum's neck in the hallway and i'm hiding in the cupboard",
    'mum told me to take my brother and hide and not come out but i can still hear him',
    "i'm a neighbour, i can hear a woman screaming next door and things smashing, the kids are crying",
    'neighbour here, the man next door is dragging his partner by her hair in the front garden',
    "i live in the flat below, there's been thumping and a child screaming upstairs for twenty minutes",
    "my neighbour just knocked on my door with a bleeding lip and says he's coming after her, she's in my kitchen",
    'the lady across the road has run into my house with her baby, her husband is outside with something in his hand',
    "i can see from my window a man kicking a woman on the ground by the bins, i think it's the couple from number 4",
    "next door's little boy is out on the street in his pants crying and his dad is shouting from the door",
    "i'm a grandparent, my daughter just rang me whispering that he's got her locked in and then the line went dead",
    "my granddaughter has just phoned from the bathroom saying her mum's boyfriend is hurting her mum and she's scared",
    "i'm her nan, i've got the grandkids here and their dad has turned up drunk demanding them and he's trying the back door",
    "my son in law has just turned up at our house looking for my daughter and he's got a bat in the car",
    "my daughter isn't answering and her husband sent me a message saying she won't be bothering anyone anymore",
    "my sister's just messaged me a single word, help, and she lives with him, i'm an hour away",
    "my best friend is on the phone crying, he's got her trapped in the car and is driving fast",
    "my friend just sent me her location and the word now, that's our code for when he's going for her",
    'my sister rang and i could hear him screaming and her begging him to stop, then it cut off',
    "my mum's just texted me from upstairs, she says he's got a knife at her and i'm at my dad's",
    "i'm at my friend's house and her dad is hitting her mum and my friend and i are hiding in her room",
    "i babysit for a family and the dad's come home and is throwing things at the mum and i've got the kids",
    "my auntie's boyfriend is stopping her leaving the flat and i can hear it through the phone, i'm 17",
    "my brother in law has my nephews in his car and he's been threatening to drive off a cliff",
    "my daughter's ex has just walked into the park where i've got the kids and he's coming towards us",
    'as a childminder, a mum just came to collect with a black eye and her partner is in the car shouting at her to hurry',
    "i'm a taxi driver, my passenger is a woman with a baby and she says the car behind us is her husband chasing her",
    "my lodger's boyfriend is hammering on her door and she's barricaded it, i'm downstairs",
    "i'm her mum, i've just seen a message on my daughter's facebook saying goodbye to everyone",
    'im 11 my mum is crying in the kitchen and my dad is breaking everything and wont let her go',
    'im 15 and my mums boyfriend wont let us leave the house, he took all our phones, im on my school laptop',
    "my little sister is 2 and dad is shaking her because she won't stop crying, mum's at work",
    'he said i should have a good look at the kids tonight',
    'he keeps telling me to make the most of my sleep',
    "he sent a text saying sweet dreams, it'll be the last one",
    "he keeps asking if my life insurance is up to date and smiling, he's home all evening",
    "he said he's nothing left to lose now and he's on his way round",
    "he says he's going to make sure nobody else ever looks at me, he's on his way home from work",
    "he just said quietly, nobody's coming to help you, and turned the music up",
    "he's taken the baby monitor so he can hear what i say in every room and he's downstairs listening now",
    'he keeps turning up everywhere i go today, the chemist, the school, the bus stop',
    "i've seen his van three times this morning on different roads, he's meant to be in another town",
    "the app on my phone keeps showing he's been looking at my location, and now his car's in my street",
    "he's got into my emails and just replied to my solicitor pretending to be me, and he's asking where i'm staying tonight",
    "he told me he's been listening to everything i say in the car and he'll see me when i park",
    'i went to leave and he stood in the hallway with his arms out and said try it',
    "he snatched the phone out of my hand when i dialled and now he's stood there smashing it with his foot",
    'every time i go near the door he drags me back by my jumper',
    "he won't let me go to the toilet without him and he's got hold of my wrist now",
    "i can't get to my phone, it's in his pocket, i'm using the kids' ipad and he's in the next room",
    'i think i passed out for a bit when he had his arm round my neck and now my voice has gone croaky',
    "my vision's gone blurry and i've got a terrible headache after he kicked me in the head",
    'my stomach is really swollen and hard after he stamped on it and i feel faint',
    "i've got a hand shaped mark on my neck and it hurts to swallow, it happened an hour ago",
    "my finger's pointing the wrong way and he says he'll do the other hand if i go to hospital",
    "the kids have been in their room all day and he won't let me go to them and i can't hear them",
    "he's locked the kids in the car in this heat and gone back in the house",
    "he's making my son stand in the cold garden in the dark as punishment and won't let me bring him in",
    "my baby's had nothing to eat since yesterday because he took all the money and the food",
    "i'd rather not be alive than go back to him but he's coming to get me in an hour",
    "i'm not going to be a problem for anyone after tonight",
    'i keep looking at the train tracks on the way home',
    "ive stopped eating and i've been saving my tablets for weeks and i think tonight's the night",
    'hes comin bk 2moz and i dont wanna b here wen he does, i meen at all',
    'hes watchin da house from his mates car again',
    'he wnt giv me my fone bk n the babys poorly',
    'im bleedin from down there after wat he did 2nite',
    "he's come back from his brother's and he's already put the baby's cot against the door so i can't get in",
    "he came home from work and before i could even say hello he'd already split my lip, and he's not finished",
  ],
  'danger.silentSolution': [
    // hard
    "if he ever came back and i couldn't talk on the phone, how would i ring 999",
    "last time he hurt me i couldn't speak to the police operator, what should i have done",
    'is there a way to call the police without saying anything, for future reference',
  ],
  'danger.scared': [
    // hard
    "he's in prison till march but i jump every time a car door goes outside",
    "it's been a year since i left and i still check the locks five times a night, is that normal",
    "i'm not in any danger today but i feel frightened all the time since he was released last year",
    "he hasn't been near us for months but his name on a letter made me shake, what can i do",
    "i'm safe at my mum's for now, i'm just scared of what he might do when the court date comes",
    'i keep having nightmares about the night he hurt me, it was two years ago',
    "the injunction is working and he's stayed away but i can't shake the fear",
    "i'm safe right now but he's due out on licence in the spring and i'm terrified",
    'i get a panic attack whenever the phone rings from a withheld number, he used to do that',
    "he's abroad now but i still feel unsafe walking home alone",
  ],
  'danger.safetyPlan': [
    // hard
    'his bail conditions run out next month, how do i plan for that',
    'how should i prepare for the day he gets out of prison',
    'what should i keep ready in case he ever turns up again like he did last year',
    'how do i keep the kids safe on contact handovers after what happened before',
  ],
  'scared-to-report.start': [
    // hard
    'he attacked me last year and i never told anyone, should i report it now',
    "i'm scared that if i tell the police about what he did in the past it will make things worse",
    "i'm too frightened to tell my social worker he's still in touch with me",
    "i want to report what he did years ago but i'm scared he'll find out it was me",
  ],
  'scared-to-report.heldAgainst': [
    // hard
    'if i tell them he hit me before, will they say i failed to protect the kids',
    'will admitting i went back to him after he hurt me count against me',
    'if i tell them he strangled me once, will they take the kids',
    "i'm worried that telling the social worker about the old violence will be used against me",
    'i once threw a cup at him in self defence, will that make me look like the abuser',
  ],
  'scared-to-report.catch22': [
    // hard
    "if i report him they'll say i'm in an abusive relationship and if i don't they'll say i hid it",
  ],
  'removal.start': [
    // hard
    'he always says if i tell anyone about the old stuff the kids will be taken off me',
  ],
  'removal.couldThey': [
    // hard
    'if i tell them about what happened back then could they take my kids',
  ],
  'removal.manageThreat': [
    // hard
    "my ex keeps saying he'll have the kids taken off me, he said it in a text last week, how do i cope with that",
  ],
  'social-worker-contact.start': [
    // hard
    'my toddler pulled the kettle over by accident and now a social worker has been in touch, why',
    'my son fell off his bike and broke his wrist and the hospital called social services, why did they do that',
    "the baby rolled off the bed by accident and now children's services want to see me",
    'my daughter told her teacher her dad hurts me, now a social worker has rung, what does it mean',
    'the police came out to us after a row last month and now a social worker wants to visit',
    // plain
    'a social worker left a card through my door, why would they contact me',
  ],
  'social-worker-contact.whatIsIt': [
    // hard
    "they said it's a section 47 after the police came out, is that bad",
    // plain
    "how do i know if it's an assessment or a section 47",
  ],
  'social-worker-contact.expect': [
    // hard
    "i'm scared stiff about the social worker coming round, what will they do",
    "what will the social worker look at when she visits, i'm so anxious she'll find something",
    "will they look in my cupboards and fridge, i'm panicking about the home visit",
    "i'm shaking at the thought of the first visit, what questions will they ask",
  ],
  'social-worker-contact.workWith': [
    // hard
    'the social worker makes my blood run cold but i want to get on with her, how',
  ],
  'social-worker-contact.safeContact': [
    // plain
    'can the social worker text me instead of writing letters he might open',
  ],
  'social-worker-contact.merlin': [
    // hard
    'the police were called to my house last year and now social care know, how did they find out',
    'what is the police report that goes to social services after a callout',
  ],
  'conference.whatItIs': [
    // hard
    'the word conference scares me to death, what actually happens there',
    "i'm dreading this child protection conference, what even is it",
    // plain
    'what is a child protection conference for',
  ],
  'conference.report': [
    // hard
    "i'm dying to see what the social worker has written before the conference, when do i get it",
    'the report was dropped on me like a bomb the night before the meeting, is that allowed',
    // plain
    "when will i get a copy of the social worker's report",
  ],
  'conference.bringSomeone': [
    // hard
    "i'm so nervous about the meeting, can my sister come in with me",
    'can my support worker sit with me at the conference, i get panic attacks',
  ],
  'conference.safety': [
    // hard
    "i'm terrified of sitting across a table from him at the conference",
    'i feel sick thinking about seeing him at the meeting, can we be in different rooms',
    'the last meeting he glared at me the whole time and i froze, does it have to be like that again',
    "can he be kept out of the conference, he's got a non molestation order against him",
    "i'm scared he'll follow me home after the conference, can i leave separately",
    'my anxiety goes through the roof at the thought of him being at the meeting',
    "can i join the conference by phone instead so i don't have to see him",
    "he's got bail conditions not to contact me, will the conference be arranged so we don't meet",
    "he breached his non molestation order last year, how do i make sure i'm safe at the conference",
  ],
  'conference.chair': [
    // plain
    "who's the person running the conference on the day",
  ],
  'conference.sharing': [
    // plain
    'can i say what i think at the conference',
  ],
  'conference.decision': [
    // plain
    'how do they decide whether my child goes on a plan',
  ],
  'conference.plan': [
    // plain
    'what does the core group do after conference',
  ],
  'conference.review': [
    // hard
    'the conference was a massacre, everyone against me, can i challenge what they decided',
    'the meeting absolutely crucified me, how do i appeal the decision',
  ],
  'process.concern': [
    // plain
    'what happens next after someone raises a concern',
  ],
  'process.preProceedings': [
    // hard
    "i'm petrified we'll end up in court, will it come to that",
  ],
  'plan.start': [
    // plain
    "what's a child protection plan when it's at home",
  ],
  'plan.contents': [
    // hard
    'the plan is a bomb site of vague goals, what should it actually say',
  ],
  'plan.cantFollow': [
    // hard
    "the plan is strangling me, i can't make every appointment with three kids",
    "i'm drowning in appointments from the plan, what happens if i miss one",
  ],
  'plan.stepDown': [
    // plain
    'how long does a plan last before it stops',
  ],
  'plan.familyGroupConference': [
    // plain
    'what is a family group conference',
  ],
  'plan.partnerBack': [
    // hard
    "he's on bail not to contact me, but when it ends can he move back in",
    "his bail conditions say he can't come to the house, but the kids miss him, when can he come back",
    'the criminal case against him was dropped, does that mean he can come home',
  ],
  'delays.start': [
    // hard
    'this social worker is killing me, three weeks and still no call back',
    "i could murder whoever lost my referral, it's been two months",
    'the delays are doing my head in, they promised a support worker in september',
  ],
  'delays.whatToDo': [
    // hard
    "i'm dying waiting for this parenting course they promised, what can i do",
    "the domestic abuse programme they said they'd book has never happened and it's driving me up the wall",
  ],
  'delays.complain': [
    // plain
    "how would i put in a formal complaint about the children's services department",
  ],
  'social-worker-problems.notBelieved': [
    // hard
    "i've told them he's a danger to my daughter and they just brush it off",
  ],
  'social-worker-problems.notUnderstood': [
    // hard
    "the social worker says i should just walk away like it's that easy, she doesn't get it",
    "the worker thinks because he's charming he can't be dangerous",
  ],
  'social-worker-problems.maleWorker': [
    // plain
    'can i ask for a female social worker',
  ],
  'social-worker-problems.dontGetAlong': [
    // hard
    "me and the social worker are at each other's throats every visit",
    'honestly the social worker and i would kill each other if we were left in a room',
  ],
  'social-worker-problems.myPast': [
    // hard
    'i had postnatal psychosis with my first and they keep using it against me now',
    'the social worker keeps going on about my overdose when i was 17',
    "i was sectioned once years ago and they act like i'm about to crack again",
    "i've had depression on and off and they keep reading out my GP notes in meetings",
    "i self harmed as a teenager and now they say i'm a risk to my baby",
    'they keep raising that i was in care myself as a child',
    "i used to drink too much when i was with him but i've been sober for three years and they still mention it",
    "my old cannabis use is in every report they write, it's been years",
    "i had a breakdown after my mum died and now they won't stop bringing it up",
    'my children were on a plan with my last partner and they keep holding that over me',
    'i was on antidepressants after the birth, will that go against me at conference',
    "i once told my GP i had dark thoughts, years ago, and now it's in the social worker's notes",
    "they keep asking about my bipolar even though i'm stable on meds",
    'i had an eating disorder when i was younger and the health visitor keeps mentioning it',
  ],
  'social-worker-problems.complain': [
    // hard
    'she tore me to shreds in front of my kids, how do i complain about her',
  ],
  'one-off.answer': [
    // hard
    "it was only the one time, he'd had a terrible day, does that still count",
    'he says it was an accident when he pushed me and i hit the table',
    "he grabbed me once when he was drunk and says it'll never happen again",
    "they're making a big deal out of one slap three years ago",
    "the health visitor says one incident isn't abuse, is that right",
  ],
  'leave-or-remove.start': [
    // hard
    "they've said if i let him back after the assault charge they'll take the kids",
  ],
  'leave-or-remove.dontAgree': [
    // plain
    "they say he has to move out but i don't agree",
  ],
  'leave-or-remove.consequences': [
    // plain
    'what happens if i say no to what they want',
  ],
  'leave-or-remove.seePartner': [
    // hard
    "can i still see him while he's on bail if the kids aren't there",
  ],
  'child-taken.start': [
    // hard
    "my ex kept the kids after his weekend and won't bring them back, they're fine but he won't answer",
  ],
  'child-taken.mediation': [
    // hard
    "he's holding onto the kids after contact, do i need to go to mediation before court",
  ],
  'malicious-reports.answer': [
    // hard
    'my ex has rung social services on me four times this year with lies about me drinking',
    "he keeps telling the school i'm mental to get back at me, what can i do",
  ],
  'support.advocate': [
    // hard
    "who can help me through all this, i'm still shaking from what he did to me years ago",
    // plain
    'can i get an advocate to come to meetings with me',
  ],
  'support.readWrite': [
    // plain
    'i struggle to read the letters, is there someone who can help me',
  ],
  'support.olderChildren': [
    // hard
    "my teenage son saw years of it and he's angry all the time now, where can he get help",
  ],
  'support.lgbt': [
    // plain
    'is there support for lesbian couples going through this',
  ],
  'support.familyRightsGroup': [
    // plain
    'what does family rights group do',
  ],
  'support.fosterAdopt': [
    // plain
    "i'd like to foster, how do i start",
  ],
  'process.strategy': [
    // plain
    'what is a strategy discussion and will i be there',
  ],
  'removal.hopeless': [
    // hard
    'after everything in my past, is there any point even trying to keep my kids',
  ],
  'social-worker-problems.partnerPast': [
    // hard
    'he was done for battery years before he met me and they keep dragging it up',
    'my partner has an old assault charge from when he was 19, why does it matter now',
    "his record for hitting his ex is from 2012, he's never laid a finger on me",
    "the social worker says his conviction for ABH makes him a risk but it's ancient history",
    "my husband served time for GBH a long time ago and children's services keep mentioning it",
    "he had a caution for criminal damage when he was young and they've put it in the report",
    "my fella was convicted of harassment of an ex, does that mean he can't be round our kids forever",
    'they keep bringing up the restraining order his ex got against him ten years ago',
    'his conviction for assaulting a police officer is from before the kids were born, why is it relevant',
    "he's got a drink driving ban and a fight outside a pub on his record, does that make him a risk to the kids",
  ],
  'child-taken.pushedContact': [
    // hard
    'the social worker wants the kids to see their dad even though he was convicted of hurting me',
    'why do they want contact with a man who has a record for beating me',
  ],
  'support.marac': [
    // hard
    'my case went to marac after the last incident, what does that mean for me',
    // plain
    "somebody mentioned an idva, what's one of them",
  ],
  'do-i-have-to-agree.start': [
    // plain
    'do i have to do everything social care tell me',
  ],
  'do-i-have-to-agree.childInNeed': [
    // plain
    'can i say no to child in need help',
  ],
  'do-i-have-to-agree.enquiries': [
    // plain
    'can i refuse to let them interview my children',
  ],
  'do-i-have-to-agree.accommodation': [
    // plain
    'they want my son to stay with his gran under section 20, do i have to agree',
  ],
  'do-i-have-to-agree.safetyAgreement': [
    // plain
    'do i have to sign the written agreement they gave me',
  ],
  'do-i-have-to-agree.stayAway': [
    // plain
    "they told me to stay at my sister's for a while, do i have to",
  ],
  'do-i-have-to-agree.custody': [
    // plain
    "they say the kids should live with their dad or there'll be a conference",
  ],
  'who-sees-what.sharing': [
    // hard
    'if i tell the social worker about the times he hit me, who else will know',
    'will my GP see what i told social services about the old abuse',
  ],
  'who-sees-what.school': [
    // plain
    'will the school be told about the child protection plan',
  ],
  'who-sees-what.address': [
    // hard
    "he's out on bail, how do i stop him finding out where we've moved",
    'his bail address is near my new place, how do i keep my address off the paperwork',
    'will the court papers show him where i live now',
  ],
  'who-sees-what.records': [
    // hard
    'can i see what the police wrote about the night he attacked me',
    // plain
    'how do i ask for a copy of my social care file',
  ],
  'who-sees-what.notes': [
    // hard
    'how do i keep my diary of what he did hidden in case he comes back',
  ],
  'leaving-safely.start': [
    // hard
    'is it safer to leave or stay, he went mad the last time i tried',
  ],
  'leaving-safely.plan': [
    // plain
    "how would i plan getting out while he's on his shift",
  ],
  'leaving-safely.help': [
    // plain
    'how would i go about getting a place in a refuge',
  ],
  'leaving-safely.scared': [
    // hard
    "i'm scared to end it because of what he did last time i tried",
  ],
  'leaving-safely.changed': [
    // hard
    "he's done an anger management course and says he's a new man, can i believe him",
    "he's finished his perpetrator programme and wants to come home, is that allowed",
    "he's been off the drink for six months and says he'll never hurt me again",
  ],
  'leaving-safely.toldToLeave': [
    // hard
    'social care want me to go to a refuge but he found me the last time i went to one',
  ],
  'what-counts-as-abuse.start': [
    // hard
    'is it abuse if he only ever pushed me, never punched',
    "does it still count if it happened years ago and we're not together now",
    'he used to spit at me when he was angry, would that count as abuse',
    'my ex used to throw things near me but never at me, was that abuse',
    'is forced sex within a marriage classed as domestic abuse',
    'can it be abuse if he never left a mark',
    'is it domestic abuse if it was my adult son who hit me',
    'what legally counts as domestic abuse in england',
    'my partner was violent when we lived together ages ago, would that be called abuse',
    'would threatening to hurt the dog count as domestic abuse',
    "is it abuse if he only gets nasty when he's drunk",
    'does it count as abuse if he was never violent, just scary',
    'is abuse from a woman partner counted the same',
  ],
  'what-counts-as-abuse.control': [
    // hard
    'he used to make me hand over my wages every friday, is that abuse or just how we did things',
    'he checked my mileage and receipts for years, does that count as something',
    "my ex wouldn't let me have my own bank card, is that financial abuse",
    'he used to decide what i wore and who i saw, was that controlling',
    'he took out loans in my name while we were together, is that abuse',
    "he always had my passwords and read my texts, i didn't think of it as abuse",
    'he used to time how long i was at the shops, is that coercive control',
    'my ex tracked my phone the whole time we were together, was that abuse',
  ],
  'what-counts-as-abuse.toxic': [
    // hard
    'we used to scream at each other both ways, was that abuse or just a bad relationship',
    'the social worker says it was abuse but i always thought we were just toxic together',
    'we both said horrible things, does that still make him the abuser',
    'is it abuse if i sometimes hit back',
  ],
  'what-counts-as-abuse.psychological': [
    // hard
    'he never hit me but he made me feel like i was going mad for years, nobody takes that seriously',
    'the constant put downs and silent treatment wrecked me but the social worker only asks about violence',
    'how do i get them to see that the mind games were the real abuse',
    "he used to tell me i was useless every single day, they say it's not a safeguarding issue",
  ],
  'what-counts-as-abuse.children': [
    // hard
    'my kids saw him hit me a few times when they were little, will it have affected them',
    'my son has started copying the way his dad used to shout at me, is that from what he saw',
    'my daughter wets the bed since we left, could it be because of what she heard at home',
    "the kids were asleep when it happened, so surely it didn't affect them",
    'does a baby in the womb get affected when the mum is hit, it happened when i was pregnant',
  ],
  'what-counts-as-abuse.whoMustChange': [
    // hard
    "he's the one who beat me, why am i the one on the parenting course",
    'why do they keep checking up on me when he did all the hitting',
  ],
  'legal-help.start': [
    // hard
    'how do i get a non molestation order without paying',
    'can i get legal aid for an injunction against my ex',
    // plain
    'where can i get free legal advice',
  ],
  'legal-help.whereIStand': [
    // plain
    'what rights do i actually have while my two are on a protection plan',
  ],
  'legal-help.careProceedings': [
    // hard
    "i'm scared stiff they'll take us to court, can i get legal aid",
  ],
  'legal-help.privateLaw': [
    // hard
    "he's taking me to court for the kids and he was violent to me before, can i get legal aid",
  ],
  'legal-help.mediation': [
    // hard
    'do i really have to sit in mediation with the man who broke my nose',
    'the court says try mediation first but he attacked me, is there a way out of it',
  ],
  'legal-help.prohibitedSteps': [
    // hard
    "can i block him from taking the kids abroad, he's threatened to before",
    'can i stop my ex collecting the children from school, he did it once last year without telling me',
  ],
  'glossary.termSignificantHarm': [
    // plain
    "the letter says significant harm, what's that supposed to mean",
  ],
  'glossary.termParentalResponsibility': [
    // plain
    "what's parental responsibility and who has it",
  ],
  'glossary.termInjunction': [
    // hard
    "what's an injunction and would it stop him texting me",
    'what is a non molestation order exactly',
    'what does occupation order mean, my solicitor mentioned it',
  ],
  'glossary.termMiam': [
    // plain
    "what's a miam",
  ],
  'glossary.termCoerciveControl': [
    // hard
    'what does coercive control actually mean, is it a crime',
  ],
  none: [
    'how do i get rid of wasps in the loft',
    'what time does the tip close on sundays',
    'my boiler keeps going off and the flat is freezing, who do i ring',
    'how do i kill the weeds between the patio slabs',
    'the new call of duty is so violent, is it ok for a 12 year old',
    "i'm dying for a cup of tea, any good biscuit recommendations",
    'recipe for a knockout lasagne please',
    "is it safe to eat chicken that's been in the fridge five days",
    "how do i stop my dog attacking the postman's trolley",
    'who won the boxing last night',
    'cracked my phone screen to bits, anywhere cheap to repair it',
    "what's the best way to get blood stains out of a white shirt after a nosebleed",
    'how do i apply for a passport for my baby',
    'the wifi keeps cutting out, how do i reset the router',
    "what's a good film about a murder mystery for tonight",
    'how much is a bus pass for a student',
    'can you recommend a gym near me',
    'my car failed its mot on the brakes, how much will that be',
    'how do i shoot better photos on my phone',
    'what are the symptoms of chickenpox in toddlers',
  ],
};
