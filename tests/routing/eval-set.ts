// Typed messages the guide must understand, written from the voices in docs/seeds/
// (forum posts, FAQ questions re-asked as a worried parent would, survivors' blogs): lower
// case, typos, no punctuation, UK slang. Each names the topic (flow id) it should reach, or
// `none` where the guide should say it cannot help. The first sections were written before the
// router existed; the later ones are former held-out sets (held-out-set.ts), each with its
// figures on first sight. Add new ones as real phrasings come in, and never edit one to make
// the router pass.
export type Expected =
  | 'danger'
  | 'scared-to-report'
  | 'removal'
  | 'social-worker-contact'
  | 'conference'
  | 'process'
  | 'plan'
  | 'delays'
  | 'social-worker-problems'
  | 'one-off'
  | 'leave-or-remove'
  | 'child-taken'
  | 'malicious-reports'
  | 'support'
  | 'none';

export interface EvalCase {
  text: string;
  expect: Expected;
  /** Seed or topic the phrasing comes from, for a reviewer. */
  from: string;
}

export const evalSet: readonly EvalCase[] = [
  // Danger now: threats, weapons, "he's here", injuries, can't talk, children hurt now.
  { text: 'hes outside the house banging on the door', expect: 'danger', from: 'topic 1' },
  { text: 'i cant talk hes in the next room', expect: 'danger', from: 'issue 7' },
  { text: 'he said hes going to kill me if i tell anyone', expect: 'danger', from: 'topic 1' },
  { text: "he's got a knife", expect: 'danger', from: 'topic 1' },
  { text: 'my ex is on his way over here now and hes drunk', expect: 'danger', from: '003 stalking' },
  { text: 'he just hit my daughter', expect: 'danger', from: '003 bruised her legs' },
  { text: 'pls help hes kicking the door in', expect: 'danger', from: 'topic 1' },
  { text: 'hes threatend to stab me', expect: 'danger', from: 'topic 1, typo' },
  { text: 'he strangled me last night and said next time he wont stop', expect: 'danger', from: 'topic 1' },
  { text: 'im bleeding and the kids are upstairs', expect: 'danger', from: 'topic 1' },
  { text: 'he wont let me leave the house, hes locked the doors', expect: 'danger', from: '003 isolated' },
  { text: 'he keeps texting saying hes coming round to get the kids and ill be sorry', expect: 'danger', from: '003 turn up at my home' },
  { text: 'scared for my life', expect: 'danger', from: 'topic 1' },
  { text: 'HELP', expect: 'danger', from: 'topic 1' },
  { text: 'he has a gun in the house', expect: 'danger', from: 'topic 1' },
  { text: 'my partner is hurting the baby', expect: 'danger', from: 'topic 1, children hurt now' },
  { text: "he's watching me type this", expect: 'danger', from: 'issue 7' },
  { text: 'hes followed me to my mums', expect: 'danger', from: '003 stalked' },
  { text: 'my ex turned up at the school gates shouting hell kill me', expect: 'danger', from: '003 turn up' },
  { text: 'im hiding in the bathroom', expect: 'danger', from: 'topic 1' },
  { text: 'hes gonna kil me', expect: 'danger', from: 'topic 1, misspelt' },
  { text: 'he choked me and i cant breath properly', expect: 'danger', from: 'topic 1, misspelt' },
  { text: 'Hes HERE!!!', expect: 'danger', from: 'issue 7' },

  // 2 Scared to contact the police or the social worker (000 Q1).
  { text: 'im scared to call the police because social services will get involved', expect: 'scared-to-report', from: '000 Q1' },
  { text: 'if i report him will it be held against me', expect: 'scared-to-report', from: '000 Q1' },
  { text: 'frightened to tell the social worker what hes doing in case they blame me', expect: 'scared-to-report', from: '000 Q1' },
  { text: 'if i dont report it im failing to protect but if i do its evidence of risk, what do i do', expect: 'scared-to-report', from: '000 Q1 catch 22' },
  { text: 'should i ring the police on my partner', expect: 'scared-to-report', from: '000 Q1' },
  { text: 'worried that telling anyone about the abuse will make things worse for me', expect: 'scared-to-report', from: '000 Q1' },

  // 3 "My partner says the children will be taken" / could my children be removed (000 Q2, 001).
  { text: 'my partner says the kids will be taken off me if i report him', expect: 'removal', from: '000 Q2' },
  { text: 'can they actually remove my children from me', expect: 'removal', from: '001' },
  { text: 'will social services take my baby', expect: 'removal', from: '001, 003' },
  { text: 'he keeps saying ss will take the kids away because of me', expect: 'removal', from: '000 Q2' },
  { text: 'can social workers just take your kids without going to court', expect: 'removal', from: 'topic 3' },
  { text: 'im terrified theyll put my kids in care', expect: 'removal', from: '003 fear of removal' },

  // 4 A social worker has contacted me (001, 004).
  { text: 'a social worker phoned me today about the abuse at home what do i do', expect: 'social-worker-contact', from: '001' },
  { text: 'got a letter from childrens services saying they want to do an assessment', expect: 'social-worker-contact', from: 'topic 4' },
  { text: 'social worker rang and wants to visit the house next week', expect: 'social-worker-contact', from: '004' },
  { text: 'the school called social services and now a sw wants to see my son', expect: 'social-worker-contact', from: '004 Gizmo' },
  { text: 'what is a section 47 enquiry', expect: 'social-worker-contact', from: 'topic 4' },
  { text: 'SW coming round tomorrow for a home visit what should i expect', expect: 'social-worker-contact', from: '002 SW can knock on my door' },
  { text: 'first time social services have been involved with us and i dont know what my rights are', expect: 'social-worker-contact', from: 'topic 4' },

  // 5 Child protection conference (002, 003, 004).
  { text: 'what happens at a child protection conference', expect: 'conference', from: '004' },
  { text: 'weve got an initial child protection conference next week what do i do', expect: 'conference', from: '004' },
  { text: 'can i bring someone with me to the case conference', expect: 'conference', from: '001' },
  { text: 'my ex will be at the conference and im scared to be in the same room as him', expect: 'conference', from: '003 split meetings' },
  { text: 'will i get to see the social workers report before the meeting', expect: 'conference', from: '001, 002' },
  { text: 'who goes to a cp conference and do they vote', expect: 'conference', from: '002' },
  { text: 'icpc tomorrow, can my solicitor come', expect: 'conference', from: '001' },
  { text: 'review conference in 2 weeks and the sw wants another plan, what happens', expect: 'conference', from: '002' },

  // The child protection process, "what happens next".
  { text: 'what happens next after the social workers assessment', expect: 'process', from: 'walkthrough' },
  { text: 'can you explain the child protection process step by step', expect: 'process', from: 'walkthrough' },
  { text: 'how long does child protection go on for and what are the stages', expect: 'process', from: 'walkthrough' },
  { text: 'whats the difference between child in need and child protection', expect: 'process', from: 'walkthrough' },
  { text: 'what is the whole process from start to finish', expect: 'process', from: 'walkthrough' },

  // 6 Child protection plan (001, 002).
  { text: 'whats a child protection plan mean', expect: 'plan', from: '001' },
  { text: 'kids have been on a cp plan for 9 months how do we get it down to child in need', expect: 'plan', from: '002 Smyj' },
  { text: 'i dont understand what the plan wants me to do', expect: 'plan', from: '001' },
  { text: 'can the plan be shorter than 6 months', expect: 'plan', from: '002' },
  { text: 'core group meeting tomorrow what is it for', expect: 'plan', from: '001, 002' },
  { text: 'is a family group conference compulsory, its on our plan', expect: 'plan', from: '002' },
  { text: 'what happens if i cant stick to the child protection plan', expect: 'plan', from: '001' },

  // 7 Professionals not doing their part / delays (000 Q10).
  { text: 'im doing everything on the plan but the professionals arent doing their part', expect: 'delays', from: '000 Q10' },
  { text: 'the referral they promised never happened and its been months', expect: 'delays', from: '000 Q10' },
  { text: 'everything is taking so long and my son still hasnt got the help he needs', expect: 'delays', from: '000 Q10' },
  { text: 'still waiting weeks for them to organise the family group conference they promised', expect: 'delays', from: '002 dragging their heels' },
  { text: 'theyre dragging their heels and nobody gets back to me', expect: 'delays', from: '002' },

  // 8 Problems with the social worker (000 Q3–Q6, Q9; 002; 003).
  { text: 'the social worker doesnt believe my child is in danger but i know he is', expect: 'social-worker-problems', from: '000 Q3' },
  { text: 'i feel like the social worker doesnt understand what im going through', expect: 'social-worker-problems', from: '000 Q4' },
  { text: 'my social worker is a man and i feel really uncomfortable after what happened', expect: 'social-worker-problems', from: '000 Q5' },
  { text: 'i dont think the sw is being honest with me and we dont get on', expect: 'social-worker-problems', from: '000 Q6' },
  { text: 'she keeps bringing up my past and its not relevant any more', expect: 'social-worker-problems', from: '000 Q9' },
  { text: 'can i ask for a different social worker', expect: 'social-worker-problems', from: '000 Q5' },
  { text: 'social workers are a law unto themselves, mine changes her story every week', expect: 'social-worker-problems', from: '002' },
  { text: 'sw makes me feel like a bad mum and blames me for what he did', expect: 'social-worker-problems', from: '000 Q6' },

  // 9 "It was a one-off" (000 Q7; 002).
  { text: 'it was a one off, its not domestic violence', expect: 'one-off', from: '000 Q7' },
  { text: 'we had one argument and now theyre calling it domestic abuse', expect: 'one-off', from: '000 Q7' },
  { text: 'i dont see myself as a victim', expect: 'one-off', from: '000 Q7' },
  { text: 'it only happened the once why are they making such a big deal', expect: 'one-off', from: '000 Q7' },
  { text: 'our relationship was toxic not abusive', expect: 'one-off', from: '002' },

  // 10 "Leave your partner or we remove the children" (000 Q8; 003).
  { text: 'social worker says i have to leave my partner or theyll remove the kids', expect: 'leave-or-remove', from: '000 Q8' },
  { text: 'they want me to end my relationship or the children go into care', expect: 'leave-or-remove', from: '000 Q8' },
  { text: 'i dont want to split up with him but ss say i have to', expect: 'leave-or-remove', from: '000 Q8' },
  { text: 'got a letter before proceedings what does it mean', expect: 'leave-or-remove', from: '000 Q8' },
  { text: 'can i still see my partner if the kids arent there', expect: 'leave-or-remove', from: '000 Q8' },

  // 11 Child taken by the other parent / contact (004).
  { text: 'he took my son and wont bring him back', expect: 'child-taken', from: 'issue 7, 004' },
  { text: 'my ex wont give the kids back after his weekend', expect: 'child-taken', from: '004' },
  { text: 'social services told my sons dad to keep him and not let me see him', expect: 'child-taken', from: '004' },
  { text: 'how do i get a child arrangements order', expect: 'child-taken', from: '004' },
  { text: 'do i need mediation before going to court about where my daughter lives', expect: 'child-taken', from: '004' },

  // 12 Ex keeps making malicious reports (003).
  { text: 'my ex keeps making false reports to social services about me', expect: 'malicious-reports', from: '003' },
  { text: 'he keeps ringing the social worker with lies about my new partner', expect: 'malicious-reports', from: '003' },
  { text: 'every time he calls them they send someone out to check on us', expect: 'malicious-reports', from: '003' },
  { text: 'hes using social services to get at me', expect: 'malicious-reports', from: '003' },
  { text: 'malicious allegations from my ex what can i do', expect: 'malicious-reports', from: '003' },

  // 13 Support for me (001, 003).
  { text: 'how do i find an advocate', expect: 'support', from: '001' },
  { text: 'i cant read or write very well, what help can i get', expect: 'support', from: '001' },
  { text: 'can my mum look after the kids for a while', expect: 'support', from: '001 kinship care' },
  { text: 'my 15 year old saw everything and isnt getting any help', expect: 'support', from: '003 Adam, 15' },
  { text: 'where can i get support for myself, im not coping', expect: 'support', from: 'topic 13' },
  { text: 'is there anyone who can come to meetings with me', expect: 'support', from: '001 advocate' },

  // The first held-out set: written after the first tuning, measured once (top-1 51.6%, top-3
  // 80.6%, danger 4/8), then used to improve the router, so it lives here now.
  { text: 'hes smashing the place up and screaming at the kids', expect: 'danger', from: 'first held-out set' },
  { text: 'my partner put his hands round my neck', expect: 'danger', from: 'first held-out set' },
  { text: 'i think hes going to do something really bad tonight', expect: 'danger', from: 'first held-out set' },
  { text: 'cant say much he checks my phone', expect: 'danger', from: 'first held-out set' },
  { text: 'my ex is parked across the road watching the house', expect: 'danger', from: 'first held-out set' },
  { text: 'he pushed me down the stairs', expect: 'danger', from: 'first held-out set' },
  { text: 'hes threatening to burn the house down with us in it', expect: 'danger', from: 'first held-out set' },
  { text: 'the baby has a mark on her face where he grabbed her', expect: 'danger', from: 'first held-out set' },
  { text: 'will the police tell social services if i ring them', expect: 'scared-to-report', from: 'first held-out set' },
  { text: 'i want to report him but im worried ill get the blame', expect: 'scared-to-report', from: 'first held-out set' },
  { text: 'he says if i go to the police ill never see the kids again', expect: 'removal', from: 'first held-out set' },
  { text: 'is it true they take your children if there is domestic abuse', expect: 'removal', from: 'first held-out set' },
  { text: 'a social worker knocked on my door today out of the blue', expect: 'social-worker-contact', from: 'first held-out set' },
  { text: 'childrens services want to meet me, do i have to let them in', expect: 'social-worker-contact', from: 'first held-out set' },
  { text: 'got invited to a meeting about my kids with loads of professionals', expect: 'conference', from: 'first held-out set' },
  { text: 'can my support worker speak at the case conference', expect: 'conference', from: 'first held-out set' },
  { text: 'what happens after the strategy discussion', expect: 'process', from: 'first held-out set' },
  { text: 'where are we in the process and what comes next', expect: 'process', from: 'first held-out set' },
  { text: 'how long will my kids be on the plan', expect: 'plan', from: 'first held-out set' },
  { text: 'what does the core group actually do', expect: 'plan', from: 'first held-out set' },
  { text: 'the counselling referral still hasnt come through', expect: 'delays', from: 'first held-out set' },
  { text: 'nobody from the team has rung me back in three weeks', expect: 'delays', from: 'first held-out set' },
  { text: 'my sw keeps twisting my words', expect: 'social-worker-problems', from: 'first held-out set' },
  { text: 'i want to complain about my social worker', expect: 'social-worker-problems', from: 'first held-out set' },
  { text: 'he only pushed me once, he isnt abusive', expect: 'one-off', from: 'first held-out set' },
  { text: 'they say he has to move out or the kids go into foster care', expect: 'leave-or-remove', from: 'first held-out set' },
  { text: 'my sons dad has kept him since saturday and says hes not coming home', expect: 'child-taken', from: 'first held-out set' },
  { text: 'another anonymous referral, im sure its my ex again', expect: 'malicious-reports', from: 'first held-out set' },
  { text: 'my mum wants to look after my daughter while things get sorted', expect: 'support', from: 'first held-out set' },
  { text: 'i struggle with reading the letters they send me', expect: 'support', from: 'first held-out set' },
  { text: 'whats the weather tomorrow', expect: 'none', from: 'first held-out set' },

  // The second held-out set: measured once (top-1 35.5%, top-3 54.8%, danger 0/8), then used
  // to improve the router (single danger words, more phrasings), so it lives here now.
  { text: 'hes drunk and going for me', expect: 'danger', from: 'second held-out set' },
  { text: 'he just punched a hole in the wall next to my head', expect: 'danger', from: 'second held-out set' },
  { text: 'typing quietly, hes asleep on the sofa but if he wakes up', expect: 'danger', from: 'second held-out set' },
  { text: 'ex keeps driving past my house at night', expect: 'danger', from: 'second held-out set' },
  { text: 'my boyfriend pinned me against the wall', expect: 'danger', from: 'second held-out set' },
  { text: 'he says if i leave hell find me and end me', expect: 'danger', from: 'second held-out set' },
  { text: 'the kids are crying upstairs hes going mental', expect: 'danger', from: 'second held-out set' },
  { text: 'he threw a plate at me', expect: 'danger', from: 'second held-out set' },
  { text: 'can the police keep it quiet from childrens services', expect: 'scared-to-report', from: 'second held-out set' },
  { text: 'no one knows what hes like, if i speak up will i be in trouble', expect: 'scared-to-report', from: 'second held-out set' },
  { text: 'do they remove kids just for domestic violence', expect: 'removal', from: 'second held-out set' },
  { text: 'my husband tells me social services will put the kids up for adoption', expect: 'removal', from: 'second held-out set' },
  { text: 'health visitor made a referral and now a social worker wants to talk to me', expect: 'social-worker-contact', from: 'second held-out set' },
  { text: 'what should i say when the social worker visits', expect: 'social-worker-contact', from: 'second held-out set' },
  { text: 'they want to hold a conference about my children', expect: 'conference', from: 'second held-out set' },
  { text: 'what if i disagree with what the professionals decide at the meeting', expect: 'conference', from: 'second held-out set' },
  { text: 'whats a strategy meeting and what comes after it', expect: 'process', from: 'second held-out set' },
  { text: 'can you walk me through what social services do from here', expect: 'process', from: 'second held-out set' },
  { text: 'when does a plan end', expect: 'plan', from: 'second held-out set' },
  { text: 'they put my children on a plan, what do i have to do now', expect: 'plan', from: 'second held-out set' },
  { text: 'the parenting course they said id get still hasnt started', expect: 'delays', from: 'second held-out set' },
  { text: 'the social worker never turns up to appointments and it holds everything up', expect: 'delays', from: 'second held-out set' },
  { text: 'my social worker is rude and doesnt listen to me', expect: 'social-worker-problems', from: 'second held-out set' },
  { text: 'i want a female social worker', expect: 'social-worker-problems', from: 'second held-out set' },
  { text: 'it was just a bad night, hes not like that normally', expect: 'one-off', from: 'second held-out set' },
  { text: 'we want to stay together but they say its him or the kids', expect: 'leave-or-remove', from: 'second held-out set' },
  { text: 'my daughters father refuses to return her after the holidays', expect: 'child-taken', from: 'second held-out set' },
  { text: 'my ex rang 101 and social services again making stuff up about me', expect: 'malicious-reports', from: 'second held-out set' },
  { text: 'my teenage son is angry all the time since his dad left, who can help him', expect: 'support', from: 'second held-out set' },
  { text: 'i have no one to come with me to meetings', expect: 'support', from: 'second held-out set' },
  { text: 'where is the nearest train station', expect: 'none', from: 'second held-out set' },

  // The third held-out set: measured once (top-1 48.4%, top-3 67.7%, danger 2/8), then used
  // to improve the router (control, return threats, stalking signs; more phrasings).
  { text: 'hes got me cornered in the kitchen', expect: 'danger', from: 'third held-out set' },
  { text: 'i locked myself in the bedroom with the baby', expect: 'danger', from: 'third held-out set' },
  { text: 'he keeps saying tonight is the night', expect: 'danger', from: 'third held-out set' },
  { text: 'my little boy has a cut on his head from where he shoved him', expect: 'danger', from: 'third held-out set' },
  { text: 'ex is sending me pics of my front door', expect: 'danger', from: 'third held-out set' },
  { text: 'he took my phone and i am using my daughters', expect: 'danger', from: 'third held-out set' },
  { text: 'im shaking, he just left and said he will be back', expect: 'danger', from: 'third held-out set' },
  { text: 'hes hammering on the window', expect: 'danger', from: 'third held-out set' },
  { text: 'if i call 101 instead of 999 will social services find out', expect: 'scared-to-report', from: 'third held-out set' },
  { text: 'will it go on my record if i report him', expect: 'scared-to-report', from: 'third held-out set' },
  { text: 'can they take a newborn straight from hospital', expect: 'removal', from: 'third held-out set' },
  { text: 'he says no court will let me keep them', expect: 'removal', from: 'third held-out set' },
  { text: 'there is a social worker assessment happening, how long does it take', expect: 'social-worker-contact', from: 'third held-out set' },
  { text: 'do i have to answer all the social workers questions', expect: 'social-worker-contact', from: 'third held-out set' },
  { text: 'what is the chair of the meeting for', expect: 'conference', from: 'third held-out set' },
  { text: 'i got the report for the conference and its full of mistakes', expect: 'conference', from: 'third held-out set' },
  { text: 'what are all the steps social services go through', expect: 'process', from: 'third held-out set' },
  { text: 'is there a time limit on all this', expect: 'process', from: 'third held-out set' },
  { text: 'what happens if we break the plan', expect: 'plan', from: 'third held-out set' },
  { text: 'they want to keep us on a plan for another 6 months', expect: 'plan', from: 'third held-out set' },
  { text: 'the family support worker they promised never came', expect: 'delays', from: 'third held-out set' },
  { text: 'my son has been waiting ages for camhs and no one is chasing it', expect: 'delays', from: 'third held-out set' },
  { text: 'the social worker wrote things in the report that i never said', expect: 'social-worker-problems', from: 'third held-out set' },
  { text: 'the sw sides with my ex every time', expect: 'social-worker-problems', from: 'third held-out set' },
  { text: 'he lost his temper once, he is a good dad', expect: 'one-off', from: 'third held-out set' },
  { text: 'if he moves back in will they take the kids', expect: 'leave-or-remove', from: 'third held-out set' },
  { text: 'he picked her up from school and now wont tell me where she is', expect: 'child-taken', from: 'third held-out set' },
  { text: 'my ex told the school im neglecting the kids which is a lie', expect: 'malicious-reports', from: 'third held-out set' },
  { text: 'is there a womens group or counselling near me', expect: 'support', from: 'third held-out set' },
  { text: 'i have dyslexia and cant follow the letters', expect: 'support', from: 'third held-out set' },
  { text: 'how much is a tv licence', expect: 'none', from: 'third held-out set' },

  // The fourth held-out set: measured once (top-1 35.5%, top-3 58.1%, danger 1/8), then used
  // to improve the router (danger signs that count only together; more phrasings).
  { text: 'hes put his fist through the door and im scared what hes going to do next', expect: 'danger', from: 'fourth held-out set' },
  { text: 'he keeps turning the gas on and laughing', expect: 'danger', from: 'fourth held-out set' },
  { text: 'my ex has been sitting in his car outside since 6', expect: 'danger', from: 'fourth held-out set' },
  { text: 'he wont let me take the kids out of the house', expect: 'danger', from: 'fourth held-out set' },
  { text: 'hes put my son in his room and wont let me near him', expect: 'danger', from: 'fourth held-out set' },
  { text: 'my daughter told me daddy hurts her', expect: 'danger', from: 'fourth held-out set' },
  { text: 'he said if i call anyone it will be the last call i make', expect: 'danger', from: 'fourth held-out set' },
  { text: 'hes been drinking all day and the kids are home', expect: 'danger', from: 'fourth held-out set' },
  { text: 'i dont want to get him arrested i just want it to stop', expect: 'scared-to-report', from: 'fourth held-out set' },
  { text: 'if i ring the police will they tell the school', expect: 'scared-to-report', from: 'fourth held-out set' },
  { text: 'what are the chances they take my kids off me', expect: 'removal', from: 'fourth held-out set' },
  { text: 'can social care take my children if i did nothing wrong', expect: 'removal', from: 'fourth held-out set' },
  { text: 'a social worker from the council called about a police report', expect: 'social-worker-contact', from: 'fourth held-out set' },
  { text: 'can i say no to a social worker visit', expect: 'social-worker-contact', from: 'fourth held-out set' },
  { text: 'do i have to go to the conference if he is going', expect: 'conference', from: 'fourth held-out set' },
  { text: 'what do they decide at the initial meeting', expect: 'conference', from: 'fourth held-out set' },
  { text: 'what comes after an assessment', expect: 'process', from: 'fourth held-out set' },
  { text: 'explain section 47 and section 17 to me', expect: 'process', from: 'fourth held-out set' },
  { text: 'the plan says i must do a freedom programme, what if i cant get a place', expect: 'plan', from: 'fourth held-out set' },
  { text: 'how do we get off the child protection register', expect: 'plan', from: 'fourth held-out set' },
  { text: 'school was supposed to refer my son months ago and nothing', expect: 'delays', from: 'fourth held-out set' },
  { text: 'who do i go to when the social worker ignores my emails', expect: 'delays', from: 'fourth held-out set' },
  { text: 'my social worker talks down to me', expect: 'social-worker-problems', from: 'fourth held-out set' },
  { text: 'the sw believes everything my ex says', expect: 'social-worker-problems', from: 'fourth held-out set' },
  { text: 'it was one stupid fight, we are fine now', expect: 'one-off', from: 'fourth held-out set' },
  { text: 'they are making me choose between my husband and my kids', expect: 'leave-or-remove', from: 'fourth held-out set' },
  { text: 'my ex has kept the kids since the weekend and the police wont do anything', expect: 'child-taken', from: 'fourth held-out set' },
  { text: 'my ex reported me to ss saying i drink, i dont', expect: 'malicious-reports', from: 'fourth held-out set' },
  { text: 'i need someone to talk to about all of this', expect: 'support', from: 'fourth held-out set' },
  { text: 'could my sister have the kids for a bit', expect: 'support', from: 'fourth held-out set' },
  { text: 'what is the capital of france', expect: 'none', from: 'fourth held-out set' },

  // The fifth held-out set: measured once (top-1 43.8%, top-3 71.9%, danger 6/9), then used
  // to improve the router.
  { text: 'i can hear him coming up the stairs', expect: 'danger', from: 'fifth held-out set' },
  { text: 'he has pushed the sofa against the door so i cant get out', expect: 'danger', from: 'fifth held-out set' },
  { text: 'my son is hiding under his bed because daddy is shouting', expect: 'danger', from: 'fifth held-out set' },
  { text: 'ex messaged saying hes watching me right now', expect: 'danger', from: 'fifth held-out set' },
  { text: 'he put a pillow over my face last night', expect: 'danger', from: 'fifth held-out set' },
  { text: 'hes threatening to take the baby and disappear tonight', expect: 'danger', from: 'fifth held-out set' },
  { text: 'please i need the police my partner is going crazy', expect: 'danger', from: 'fifth held-out set' },
  { text: 'the kids dad just showed up drunk demanding to see them', expect: 'danger', from: 'fifth held-out set' },
  { text: 'my husband has a shotgun licence and said he would use it', expect: 'danger', from: 'fifth held-out set' },
  { text: 'if i tell the police about him will social services get involved', expect: 'scared-to-report', from: 'fifth held-out set' },
  { text: 'im worried they will think im a bad mum if i admit whats going on', expect: 'scared-to-report', from: 'fifth held-out set' },
  { text: 'my partner keeps saying social services will take the kids if i leave him', expect: 'removal', from: 'fifth held-out set' },
  { text: 'how likely is it my children go into care', expect: 'removal', from: 'fifth held-out set' },
  { text: 'a social worker left a card saying she needs to speak to me', expect: 'social-worker-contact', from: 'fifth held-out set' },
  { text: 'what do social workers look for when they come to your house', expect: 'social-worker-contact', from: 'fifth held-out set' },
  { text: 'who will be at the child protection meeting and can i speak', expect: 'conference', from: 'fifth held-out set' },
  { text: 'the conference is next tuesday and i havent seen any report', expect: 'conference', from: 'fifth held-out set' },
  { text: 'can you tell me each stage so i know where we are', expect: 'process', from: 'fifth held-out set' },
  { text: 'what is a child in need plan compared to child protection', expect: 'process', from: 'fifth held-out set' },
  { text: 'what do i need to do to get the plan closed', expect: 'plan', from: 'fifth held-out set' },
  { text: 'what is a core group and do i have to go', expect: 'plan', from: 'fifth held-out set' },
  { text: 'we were told wed get a family support worker weeks ago and still nothing', expect: 'delays', from: 'fifth held-out set' },
  { text: 'the social worker keeps cancelling visits', expect: 'delays', from: 'fifth held-out set' },
  { text: 'my social worker judges me and doesnt believe what he did', expect: 'social-worker-problems', from: 'fifth held-out set' },
  { text: 'how do i get a new social worker', expect: 'social-worker-problems', from: 'fifth held-out set' },
  { text: 'he has never done anything like it before', expect: 'one-off', from: 'fifth held-out set' },
  { text: 'social services told me he cant live with us anymore or they will act', expect: 'leave-or-remove', from: 'fifth held-out set' },
  { text: 'the dad wont hand my daughter back and says shes living with him now', expect: 'child-taken', from: 'fifth held-out set' },
  { text: 'hes made three reports about me this month all lies', expect: 'malicious-reports', from: 'fifth held-out set' },
  { text: 'is there anyone who can help me with forms and letters', expect: 'support', from: 'fifth held-out set' },
  { text: 'my nan said she could take the children for a while', expect: 'support', from: 'fifth held-out set' },
  { text: 'what time does the tip open', expect: 'none', from: 'fifth held-out set' },

  // The sixth held-out set: written before the fifth round of tuning, measured once after it
  // (top-1 65.6%, top-3 81.3%, danger 6/9), then used to improve the router.
  { text: 'hes just smashed my phone so im on the laptop, quick', expect: 'danger', from: 'sixth held-out set' },
  { text: 'my partner is holding my arm so hard i cant move it', expect: 'danger', from: 'sixth held-out set' },
  { text: 'he says he will burn the flat down', expect: 'danger', from: 'sixth held-out set' },
  { text: 'my ex just tried to run me over', expect: 'danger', from: 'sixth held-out set' },
  { text: 'hes standing over the babys cot screaming', expect: 'danger', from: 'sixth held-out set' },
  { text: 'he wont stop hurting my daughter', expect: 'danger', from: 'sixth held-out set' },
  { text: 'im in the car park hiding from him', expect: 'danger', from: 'sixth held-out set' },
  { text: 'my stepdad keeps coming into my room at night', expect: 'danger', from: 'sixth held-out set' },
  { text: 'i feel like something bad will happen to me tonight', expect: 'danger', from: 'sixth held-out set' },
  { text: 'if the police come out will they tell my social worker', expect: 'scared-to-report', from: 'sixth held-out set' },
  { text: 'should i tell the social worker about the bruises or will it count against me', expect: 'scared-to-report', from: 'sixth held-out set' },
  { text: 'he says theyll put the kids in foster care because im mental', expect: 'removal', from: 'sixth held-out set' },
  { text: 'can childrens services remove my son if his dad is the abuser', expect: 'removal', from: 'sixth held-out set' },
  { text: 'got a phone call from the childrens services duty team', expect: 'social-worker-contact', from: 'sixth held-out set' },
  { text: 'the social worker wants to talk to my kids without me there is that allowed', expect: 'social-worker-contact', from: 'sixth held-out set' },
  { text: 'can my advocate come to the child protection conference', expect: 'conference', from: 'sixth held-out set' },
  { text: 'i dont want to be in the same meeting as my ex', expect: 'conference', from: 'sixth held-out set' },
  { text: 'what happens once the assessment is finished', expect: 'process', from: 'sixth held-out set' },
  { text: 'is this going to end up in court', expect: 'process', from: 'sixth held-out set' },
  { text: 'the plan has things on it i dont understand', expect: 'plan', from: 'sixth held-out set' },
  { text: 'can we ask for child in need instead of another plan', expect: 'plan', from: 'sixth held-out set' },
  { text: 'the domestic abuse course they put me forward for has a 6 month wait', expect: 'delays', from: 'sixth held-out set' },
  { text: 'nobody has done what they said they would at the last meeting', expect: 'delays', from: 'sixth held-out set' },
  { text: 'the social worker keeps asking about my old relationships', expect: 'social-worker-problems', from: 'sixth held-out set' },
  { text: 'my social worker is always late and never listens', expect: 'social-worker-problems', from: 'sixth held-out set' },
  { text: 'its not abuse its just arguing like any couple', expect: 'one-off', from: 'sixth held-out set' },
  { text: 'they said if he visits the house they will start proceedings', expect: 'leave-or-remove', from: 'sixth held-out set' },
  { text: 'he took the children to his mums and is refusing to bring them home', expect: 'child-taken', from: 'sixth held-out set' },
  { text: 'my ex keeps calling the police on me for no reason', expect: 'malicious-reports', from: 'sixth held-out set' },
  { text: 'where can i find a domestic abuse worker near me', expect: 'support', from: 'sixth held-out set' },
  { text: 'my 12 year old is having nightmares about what happened', expect: 'support', from: 'sixth held-out set' },
  { text: 'how do i reset my router', expect: 'none', from: 'sixth held-out set' },

  // Outside what the guide knows: it should say so, not guess.
  { text: 'what time is it', expect: 'none', from: 'out of scope' },
  { text: 'asdfghjkl', expect: 'none', from: 'out of scope' },
  { text: 'can you recommend a good recipe for lasagne', expect: 'none', from: 'out of scope' },
  { text: 'how do i renew my passport', expect: 'none', from: 'out of scope' },
];
