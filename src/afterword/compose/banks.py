"""Phrasing banks: several ways to say each part of a note, so a panel's notes differ.

Every bank has at least eight entries so that a six-person panel gets a different wording
of every part for every person. Slots are ``str.format`` fields filled by the composer.
"""

from __future__ import annotations

THANKS = (
    "Thank you for speaking with me {day} about the {role} role at {company}.",
    "Thank you for taking the time {day} to talk with me about the {role} position at {company}.",
    "I am grateful for the time you gave me {day} to discuss the {role} opening at {company}.",
    "Thanks so much for meeting with me {day} about the {role} role at {company}.",
    "Thank you for the conversation {day}; I came away with a much fuller picture of the "
    "{role} role at {company}.",
    "I wanted to thank you for our conversation {day} about {company} and the {role} position.",
    "Many thanks for talking with me {day} about the {role} role and the work at {company}.",
    "Thank you for your time {day} and for walking me through the {role} role at {company}.",
)

TOPIC = (
    "I especially enjoyed hearing about {topic}.",
    "Our discussion of {topic} was a highlight for me.",
    "I keep coming back to our exchange about {topic}.",
    "Hearing about {topic} gave me a clearer picture of the work ahead.",
    "Talking through {topic} was the part of the day I enjoyed most.",
    "I found what you shared about {topic} especially useful.",
    "I really enjoyed digging into {topic}.",
    "I valued the time we spent discussing {topic}.",
)

# A question either of you may have asked ("how to handle a repair rate over 5%"): talked
# through together, never "what you shared about" nor "the chance to ask about".
TOPIC_TALKED = (
    "I enjoyed talking through {topic}.",
    "Talking through {topic} was a highlight for me.",
    "I appreciated our discussion of {topic}.",
    "Our conversation about {topic} was especially useful.",
    "It was good to think through {topic} together.",
    "I valued the time we spent on {topic}.",
)

TOPIC_NEUTRAL = (
    "We spent some time on {topic}.",
    "I noted what you said about {topic}.",
    "It was useful to hear about {topic}.",
    "Our conversation about {topic} gave me a clearer picture of the role.",
    "I appreciated your openness about {topic}.",
    "It helped to understand more about {topic}.",
    "Talking through {topic} was useful preparation for me.",
    "I found the discussion of {topic} informative.",
)

# A question asked and the candidate's answer to it (the answer is a noun phrase or "how …").
ASKED_ANSWERED = (
    "I enjoyed your question about {topic}, and the chance to tell you about {answer}.",
    "Your question about {topic} was a good one; I was glad to talk through {answer}.",
    "I appreciated your question about {topic} and the chance to share {answer}.",
    "I was glad your question about {topic} let me describe {answer}.",
)

ASKED = (
    "I appreciated your question about {topic}.",
    "Your question about {topic} has stayed with me.",
    "I enjoyed thinking through your question about {topic}.",
    "Your question about {topic} was a good one to work through.",
    "I have kept thinking about your question on {topic}.",
    "I liked being asked about {topic}.",
    "Talking through {topic} with you was a highlight for me.",
    "Your question about {topic} made me think.",
)

FACT_NEUTRAL = (
    "You mentioned that {fact}.",
    "I understood from you that {fact}.",
    "I noted that {fact}.",
    "It stood out to me that {fact}.",
    "I was interested to learn that {fact}.",
    "I made a note that {fact}.",
    "It was clear from our talk that {fact}.",
    "I took note that {fact}.",
)

# A question the candidate jotted and asked: thanked for, never claimed as learned.
QUESTION = (
    "I appreciated the chance to ask about {topic}.",
    "Thank you for taking my question about {topic}.",
    "I was glad I could ask about {topic}.",
    "I valued being able to ask about {topic}.",
)

FACT = (
    "It was helpful to learn that {fact}.",
    "I was glad to hear that {fact}.",
    "I appreciated hearing that {fact}.",
    "It stood out to me that {fact}.",
    "It was useful to understand that {fact}.",
    "I was interested to learn that {fact}.",
    "I liked hearing that {fact}.",
    "It was encouraging to hear that {fact}.",
)

EVENT = (
    "I especially enjoyed the part of our conversation where {event}.",
    "One highlight for me was when {event}.",
    "I particularly valued the moment when {event}.",
    "The conversation really opened up when {event}.",
    "I enjoyed the moment in our talk when {event}.",
    "A part I remember well is when {event}.",
    "Things clicked for me when {event}.",
    "I still think about the point where {event}.",
)

# A moment whose words only sound cold ("showed me the isolation ward"): said plainly.
EVENT_NEUTRAL = (
    "It helped that {event}.",
    "It was useful that {event}.",
    "I was glad that {event}.",
)

# Something the interviewer gave ("the deep dive on jerk-limited trajectories", "your advice on
# portfolios"), valued.
VALUED_TOPIC = (
    "{valued} has stayed with me since.",
    "I particularly valued {valued}.",
    "I have been thinking about {valued} ever since.",
    "I took a lot from {valued}.",
    "In particular, I appreciated {valued}.",
)

# A thing that may be theirs or mine ("the esna reroute", "the OTD story"): the talk about it
# is what was valued, whoever brought it.
VALUED_TALKED = (
    "I particularly valued our conversation about {valued}.",
    "I was glad we spent time on {valued}.",
    "Our exchange about {valued} has stayed with me.",
    "I especially enjoyed our discussion of {valued}.",
)

# The candidate's own work, which the interviewer valued ("my forced air tunnel numbers",
# "liked the rejection story"): thanked for as their interest, never praised by me.
VALUED_MINE = (
    "Thank you for your interest in {valued}.",
    "I appreciated your interest in {valued}.",
    "I was glad we had time to talk about {valued}.",
    "I was pleased that {valued} came up.",
)

# The kind of person they look for ("someone who actually goes to the field").
VALUED_SEEK = (
    "It was helpful to hear that you look for {valued}.",
    "I appreciated hearing that you look for {valued}.",
    "It was good to know that you look for {valued}.",
    "I was glad to hear that you value {valued}.",
)

# A quality they value ("punctuality", "knowing the numbers").
VALUED_QUALITY = (
    "I was glad to hear that you value {valued}.",
    "It was good to hear how much you value {valued}.",
    "I appreciated hearing that you value {valued}.",
)

# Something about the candidate they valued, as a clause with "I" ("I report near-misses").
VALUED_NOTICED = (
    "I was glad it came across that {valued}.",
    "I was pleased it came through that {valued}.",
    "I was glad you noticed that {valued}.",
)

# What they want to be so, as a clause ("that trays arrive complete"): not a view to agree with.
VALUED_MATTERS = (
    "It was clear how much it matters to you that {valued}.",
    "I understood how much it matters to you that {valued}.",
    "I took note of how much it matters to you that {valued}.",
)

# A fact about them from the small talk ("you play the organ yourself"): heard, not shared.
RAPPORT_THEIRS = (
    "I enjoyed hearing that {rapport}.",
    "It was good to hear that {rapport}.",
    "I liked hearing that {rapport}.",
)

# How the interviewer spoke ("how honest you were about the long hours"): their manner, valued.
VALUED_HOW = (
    "I particularly valued {valued}.",
    "I appreciated {valued}.",
    "I was struck by {valued}.",
    "I really valued {valued}.",
    "It meant a lot to me to hear {valued}.",
    "I noticed and appreciated {valued}.",
)

VALUED_FACT = (
    "I especially valued your view that {valued}.",
    "Your point that {valued} has stayed with me.",
    "I agree with you that {valued}.",
    "I liked your observation that {valued}.",
    "Your remark that {valued} resonated with me.",
    "I have been reflecting on your point that {valued}.",
    "I took to heart your view that {valued}.",
    "I share your view that {valued}.",
)

RAPPORT = (
    "It was also a pleasure to discover that {rapport}.",
    "I also enjoyed finding out that {rapport}.",
    "It was a nice surprise to learn that {rapport}.",
    "I smiled when we realized that {rapport}.",
    "It was fun to find out that {rapport}.",
    "I also liked learning that {rapport}.",
    "A happy coincidence was that {rapport}.",
    "It was good to find that {rapport}.",
)

RAPPORT_TOPIC = (
    "I also enjoyed our chat about {rapport}.",
    "I liked our aside about {rapport}.",
    "Our side conversation about {rapport} was a pleasure.",
    "It was fun to talk about {rapport} as well.",
    "I enjoyed comparing notes on {rapport}.",
    "Our short detour into {rapport} was a nice touch.",
    "I also appreciated our exchange about {rapport}.",
    "It was a pleasure to talk about {rapport} too.",
)

NO_NOTES_UNTITLED = (
    "It was good to hear your perspective.",
    "I appreciated the chance to speak with you.",
    "I appreciated meeting you and hearing how you see the work.",
    "I was grateful for the time you took to speak with me.",
    "I was glad to meet you and hear your perspective.",
    "It was a pleasure to speak with you.",
    "I valued the chance to hear from you.",
    "Meeting you was a welcome part of the day.",
)

FIT = (
    "I believe {my}{fit} would let me contribute quickly.",
    "I bring {my}{fit}, and I would welcome the chance to put that to work at {company}.",
    "Given {my}{fit}, I believe I could make an early contribution to the team.",
    "I would bring {my}{fit} to the team from the first week.",
    "The role lines up closely with {my}{fit}.",
    "I can offer {my}{fit}, a close match for what the team needs.",
    "With {my}{fit}, I feel well prepared for this role.",
    "I think {my}{fit} would be a real asset in this role.",
)

FIT_SENTENCE = (
    "{fit_sentence} I believe that would help me contribute quickly.",
    "{fit_sentence} I would welcome the chance to put that to work at {company}.",
    "{fit_sentence} That gives me confidence I could make an early contribution.",
    "{fit_sentence} I would bring that experience from the first week.",
    "{fit_sentence} The role lines up closely with that experience.",
    "{fit_sentence} That maps well onto what the team needs.",
    "{fit_sentence} I feel well prepared for this role.",
    "{fit_sentence} I think that would be a real asset in this role.",
)

NO_FIT = (
    "I believe my experience would let me contribute quickly.",
    "I would welcome the chance to put my experience to work at {company}.",
    "I believe I could make an early contribution to the team.",
    "I would bring steady, careful work to the team from the first week.",
    "The role lines up closely with the work I most enjoy.",
    "My background maps well onto what the team needs.",
    "I feel well prepared for this role.",
    "I think my experience would be a real asset in this role.",
)

INTEREST = (
    "Our conversation made me even more excited about the {role} role.",
    "I left more enthusiastic than ever about joining {company}.",
    "I am very interested in the position and in joining your team.",
    "Everything I heard made me more eager to join {company}.",
    "I remain very excited about the opportunity to join your team.",
    "I came away with an even stronger interest in this role.",
    "I am enthusiastic about the chance to help {company} with this work.",
    "I am keen to join {company} and take on this role.",
)

CLOSE = (
    "Thank you again for your time, and I look forward to hearing from you.",
    "Please let me know if I can share anything else that would be helpful.",
    "Thanks again for a thoughtful conversation; I hope we can continue it soon.",
    "I look forward to the next steps and appreciate your time.",
    "Thank you once more for your time and insight.",
    "If any further detail would help, I would be happy to provide it.",
    "I appreciate your time and hope to speak with you again soon.",
    "Thanks again, and I look forward to staying in touch.",
)

SIGN_OFF = (
    "Best regards,",
    "Kind regards,",
    "Warm regards,",
    "Sincerely,",
    "All the best,",
    "Best wishes,",
    "Regards,",
    "With best wishes,",
)

FOLLOW_REFERENCE = (
    "I hope your week is going well. I am following up on our conversation on {date} "
    "about the {role} role at {company}.",
    "I wanted to follow up on my {date} interview for the {role} position at {company}.",
    "I enjoyed our conversation on {date} about the {role} role at {company}, and I wanted "
    "to follow up.",
    "Following our interview on {date} for the {role} role, I wanted to share a few "
    "thoughts with you.",
    "It has been a little while since we met on {date} to discuss the {role} position at "
    "{company}, so I wanted to follow up.",
    "I am writing after our {date} conversation about the {role} role at {company}.",
    "After our interview on {date} for the {role} role at {company}, I wanted to send you a "
    "brief note.",
    "I wanted to reconnect after our interview on {date} about the {role} position at {company}.",
)

FOLLOW_MISSED = (
    "One point I did not get to cover fully: {missed}.",
    "I also wanted to share {missed}, which I did not cover fully in the interview.",
    "There was not time to go into {missed}, so I wanted to mention that here.",
    "I would like to add a word on {missed}, which we only touched on.",
    "To round out our conversation, I wanted to mention {missed}.",
    "Something I wish I had covered in more depth is {missed}.",
    "I should have said more about {missed}; I would be happy to share the details.",
    "I did not get to say enough about {missed}, and I would be glad to say more.",
)

MISSED_SENTENCE = (
    "One thing I did not get to mention: {missed}",
    "There was one more point I wanted to make: {missed}",
    "Something I did not have time to share: {missed}",
    "To fill a gap from our conversation: {missed}",
    "I also wanted to add one point: {missed}",
    "One detail I left out: {missed}",
    "A point I meant to make: {missed}",
    "One more thing I should have said: {missed}",
)

FOLLOW_INSIGHT_DONE = (
    "I also {insight}.",
    "On a related note, I {insight}.",
    "I should also mention that I {insight}.",
    "Out of interest, I {insight}.",
    "Related to our conversation, I {insight}.",
    "One more thing: I {insight}.",
    "Separately, I {insight}.",
    "For what it is worth, I {insight}.",
)

FOLLOW_INSIGHT_TOPIC = (
    "Since we spoke, I have been thinking more about {insight}.",
    "I have also been thinking about {insight}.",
    "I was also struck by {insight}.",
    "Since the interview, {insight} has stayed on my mind.",
    "Over the past few days, I have been reflecting on {insight}.",
    "I keep coming back to {insight}.",
    "I remain curious about {insight}.",
    "Since then, I have kept thinking about {insight}.",
)

FOLLOW_FIT = (
    "I remain very interested in the role, and I believe {my}{fit} would serve the team well.",
    "I am still very excited about the position and about bringing {my}{fit} to it.",
    "My interest in joining {company} is as strong as ever, and I believe {my}{fit} would "
    "be a close match.",
    "I continue to be enthusiastic about the role, especially given {my}{fit}.",
    "The more I learn, the more eager I am to bring {my}{fit} to {company}.",
    "I am still very keen on the role and confident that {my}{fit} would help.",
    "I remain excited about the opportunity and about putting {my}{fit} to work.",
    "My enthusiasm for the role has only grown, and I am sure {my}{fit} would help the team.",
)

FOLLOW_INTEREST = (
    "I remain very interested in the role and in joining {company}.",
    "I am still very excited about the position.",
    "My interest in joining {company} is as strong as ever.",
    "I continue to be enthusiastic about the role.",
    "The more I learn, the more eager I am to join {company}.",
    "I am still very keen on the role.",
    "I remain excited about the opportunity.",
    "My enthusiasm for the role has only grown.",
)

FOLLOW_NEXT = (
    "Could you share any update on the next steps or the timeline for a decision?",
    "Would you be able to let me know where things stand and what the next steps are?",
    "I would be grateful for any update on the timeline and next steps.",
    "When you have a moment, could you let me know how the process is moving along?",
    "Is there any news you can share about the next steps in the process?",
    "I would appreciate hearing about the timeline for the next stage when you can.",
    "Could you let me know what the next steps look like from here?",
    "Any update you can share on the hiring timeline would be very welcome.",
)

FOLLOW_NEXT_DATED = (
    "You mentioned a decision around {decision}; could you let me know where things stand?",
    "I know a decision was expected around {decision}; is there any update on next steps?",
    "Since the decision was planned for around {decision}, I would be grateful for an "
    "update on the timeline.",
    "Could you share whether the {decision} timeline still holds and what the next steps are?",
    "I understand the team hoped to decide by {decision}; could you let me know the next steps?",
    "Is the {decision} timeline still on track, and is there anything else I can provide?",
    "I would appreciate any update on next steps, given the {decision} timeline you mentioned.",
    "With the {decision} date in mind, could you share where the process stands?",
)

FOLLOW_NEXT_DATED_NEUTRAL = (
    "I understand a decision is expected around {decision}; could you let me know where "
    "things stand?",
    "I know a decision was planned for around {decision}; is there any update on next steps?",
    "Since a decision was expected around {decision}, I would be grateful for an update.",
    "Could you share whether the {decision} timeline still holds and what the next steps are?",
    "I understand the team hoped to decide by {decision}; could you let me know the next steps?",
    "Is the {decision} timeline still on track, and is there anything else I can provide?",
    "I would appreciate any update on next steps, given the expected decision around {decision}.",
    "With the {decision} date in mind, could you share where the process stands?",
)

FOLLOW_CLOSE = (
    "Thank you again for your time and consideration.",
    "Thanks again, and I look forward to hearing from you.",
    "I appreciate your time and consideration.",
    "Thank you for considering my application.",
    "Many thanks for your time.",
    "I look forward to hearing from you.",
    "Thank you, and I hope to speak again soon.",
    "I am grateful for your time and help.",
)

TOPIC_MORE = (
    "I also liked learning about {topic}.",
    "I was also glad we covered {topic}.",
    "It was useful to hear about {topic} as well.",
    "Learning about {topic} was just as valuable.",
    "I also found the part about {topic} very helpful.",
    "Hearing your thoughts about {topic} was a bonus.",
    "I came away with a lot from what you shared about {topic}.",
    "It was good to touch on {topic} as well.",
)

# A point raised but not made in full ("I only half answered"): "more", never "not at all".
THANKS_MISSED_PARTLY = (
    "Looking back, I wish I had said more about {missed}.",
    "I would like to add a little more on {missed}.",
    "I did not get to say all I wanted about {missed}, and I am glad to share more.",
    "There is more I would like to say about {missed}.",
)

THANKS_MISSED = (
    "One thing I did not get to mention: {missed}.",
    "I would also like to add {missed}, which I did not get to cover.",
    "Looking back, I wish I had said more about {missed}.",
    "Something I did not have time to share: {missed}.",
    "I meant to bring up {missed}, and I am glad to share more.",
    "To fill a gap from our conversation, I wanted to mention {missed}.",
    "There was one more point I wanted to make: {missed}.",
    "I also wanted to mention {missed}, which did not come up.",
)

FOLLOW_RECALL = (
    "I have kept thinking about what we said about {topic}.",
    "Our discussion of {topic} has stayed with me.",
    "I have been reflecting on what you said about {topic}.",
    "Our talk about {topic} is still on my mind.",
    "I keep returning to our conversation about {topic}.",
    "I have thought more about {topic} since we spoke.",
    "Our exchange about {topic} has stayed with me.",
    "I am still turning over what you said about {topic}.",
)

ROLE_REFLECTION = (
    "The conversation gave me a clear sense of how the {role} role fits into the wider team.",
    "I came away with a much better understanding of what the first months in the role "
    "would look like.",
    "It was clear how much care the team puts into its work, and that matters to me.",
    "I left with a sharper picture of the problems this role would take on.",
    "It was good to hear how the role connects to the goals of {company}.",
    "Everything we covered made the scope of the role much clearer to me.",
    "I now have a much better sense of what the work involves day to day.",
    "The way you described the team's priorities made the role feel very concrete.",
)

# How the interview took place, and only that: no claim about how it felt.
FORMAT = {
    "onsite": (
        "Seeing the workplace in person gave me a real feel for how the team works together.",
        "It was good to meet in person and get a feel for the place.",
        "Visiting in person made the work feel much more real to me.",
        "Meeting on site gave me a welcome sense of the team's energy.",
        "Being on site helped me picture the day-to-day work.",
        "I enjoyed seeing the workplace and meeting people face to face.",
        "The visit gave me a good sense of the atmosphere on the team.",
        "I was glad to see where the work happens.",
    ),
    "video": (
        "Even over video, I came away with a clear picture of the role.",
        "The call gave me a real feel for the team, even from a distance.",
        "Even on a screen, I got a good sense of the team's work.",
        "I was glad we could talk by video.",
        "The video call was a helpful way to learn about the team.",
        "It was good to meet, even over video.",
        "Even remotely, the conversation gave me a good sense of the work.",
        "The call gave me a clear sense of what the role involves.",
    ),
    "phone": (
        "The call was a genuinely helpful introduction to the team.",
        "It was good to talk by phone.",
        "The call gave me a clear picture of the role.",
        "The phone call gave me a good first feel for the team.",
        "The call was a good first step for me.",
        "It was a helpful and informative call.",
        "I was glad we could speak by phone.",
        "The conversation made the role much clearer to me.",
    ),
}

FORWARD = (
    "I would welcome the chance to learn from you and the team.",
    "I would be glad to help the team with the work ahead.",
    "I would love the chance to contribute to what the team is building.",
    "I hope to have the chance to work alongside you.",
    "I would be proud to be part of the team's next chapter.",
    "Working with you and the team would be a great next step for me.",
    "I would be excited to bring my energy to the team.",
    "I can see myself doing my best work on this team.",
)

FOLLOW_AGAIN = (
    "I am writing once more about the {role} role at {company}, which we talked about on {date}.",
    "I wanted to check on the {role} position at {company} after our interview on {date}.",
    "I am following up again on my {date} interview for the {role} role.",
    "I wanted to write again about the {role} position, after our interview on {date}.",
    "I hope all is well; I am writing again about my {date} interview for the {role} role.",
    "I wanted to follow up once more on the {role} role after our conversation on {date}.",
    "As a second follow-up to our {date} interview for the {role} role, I wanted to write briefly.",
    "I am writing again about the {role} position at {company} and our interview on {date}.",
)

FOLLOW_AGAIN_MISSED = (
    "I would still be glad to share more about {missed}.",
    "If it helps, I can say more about {missed}.",
    "I am happy to send more detail on {missed}.",
    "More detail on {missed} is yours if useful.",
    "I would welcome the chance to walk you through {missed}.",
    "Should it help, I can expand on {missed}.",
    "I can gladly go deeper into {missed} if that is useful.",
    "Details on {missed} are ready whenever you want them.",
)

FOLLOW_PATIENCE = (
    "I know decisions like this take time, and I appreciate the care that goes into them.",
    "I understand the process may still be in progress, and I am happy to wait for news.",
    "I appreciate that hiring decisions involve many people and a lot of thought.",
    "I realize schedules shift, and I am grateful for the team's time throughout the process.",
    "I know the team is busy, so I am keeping this short.",
    "I understand these things take time, and I remain patient.",
    "I appreciate the time everyone has already given to my application.",
    "I know there are many moving parts in a hiring decision.",
)

SUBJECT_THANKS = (
    "Thank you — {role} interview",
    "Thank you for your time — {role} interview",
    "{role} interview — thank you",
    "Thanks for the {role} conversation",
    "Thank you — our {role} conversation",
    "With thanks — {role} interview",
    "Thank you for meeting about the {role} role",
    "{role} role — thank you",
)

SUBJECT_FOLLOW = (
    "Following up on the {role} interview",
    "{role} interview — following up",
    "{role} role — next steps",
    "Next steps for the {role} role",
    "{role} interview — a quick follow-up",
    "Following up — {role} role",
    "{role} position — follow-up",
    "Follow-up on the {role} interview",
)

# What each frame takes: the form of note its slot expects (see compose.notes). A warm
# frame only takes a note whose sentiment fits; a cold note goes to the neutral bank named
# in NEUTRAL instead.
TAKES: dict[str, str] = {
    "TOPIC": "topic",
    "TOPIC_NEUTRAL": "topic",
    "TOPIC_MORE": "topic",
    "TOPIC_TALKED": "topic",
    "ASKED": "topic",
    "QUESTION": "topic",
    "FACT": "clause",
    "FACT_NEUTRAL": "clause",
    "EVENT": "clause",
    "EVENT_NEUTRAL": "clause",
    "VALUED_TOPIC": "topic",
    "VALUED_TALKED": "topic",
    "VALUED_MINE": "topic",
    "VALUED_FACT": "clause",
    "VALUED_HOW": "topic",
    "VALUED_SEEK": "topic",
    "VALUED_QUALITY": "topic",
    "VALUED_NOTICED": "clause",
    "VALUED_MATTERS": "clause",
    "RAPPORT_THEIRS": "clause",
    "RAPPORT": "clause",
    "RAPPORT_TOPIC": "topic",
    "FIT": "topic",
    "FIT_SENTENCE": "sentence",
    "THANKS_MISSED": "topic",
    "THANKS_MISSED_PARTLY": "topic",
    "FOLLOW_MISSED": "topic",
    "FOLLOW_AGAIN_MISSED": "topic",
    "MISSED_SENTENCE": "sentence",
    "FOLLOW_RECALL": "topic",
    "FOLLOW_INSIGHT_DONE": "sentence",
    "FOLLOW_INSIGHT_TOPIC": "topic",
}
NEUTRAL: dict[str, str] = {
    "TOPIC": "TOPIC_NEUTRAL",
    "TOPIC_MORE": "TOPIC_NEUTRAL",
    "FACT": "FACT_NEUTRAL",
    "EVENT": "EVENT_NEUTRAL",
    "VALUED_TOPIC": "TOPIC_NEUTRAL",
    "VALUED_TALKED": "TOPIC_NEUTRAL",
    "VALUED_FACT": "FACT_NEUTRAL",
    "RAPPORT": "FACT_NEUTRAL",
    "RAPPORT_TOPIC": "TOPIC_NEUTRAL",
    "FOLLOW_RECALL": "TOPIC_NEUTRAL",
}
# The plain frame a sentence from a note falls back to when its own frame does not read
# with it ("I was interested to learn that how ..."): one wording, of the same form.
PLAIN: dict[str, str] = {
    **dict.fromkeys(
        (
            "TOPIC",
            "TOPIC_NEUTRAL",
            "TOPIC_MORE",
            "TOPIC_TALKED",
            "ASKED",
            "VALUED_TOPIC",
            "VALUED_TALKED",
            "VALUED_MINE",
            "RAPPORT_TOPIC",
            "QUESTION",
        ),
        "We also talked about {topic}.",
    ),
    "FOLLOW_RECALL": "I have thought more about {topic} since we spoke.",
    "VALUED_HOW": "I appreciated {topic}.",
    "VALUED_SEEK": "It was helpful to hear that you look for {topic}.",
    "VALUED_QUALITY": "I was glad to hear that you value {topic}.",
    "VALUED_NOTICED": "I was glad it came across that {fact}.",
    "VALUED_MATTERS": "I understood how much it matters to you that {fact}.",
    "RAPPORT_THEIRS": "It was good to hear that {fact}.",
    **dict.fromkeys(
        ("FACT", "FACT_NEUTRAL", "EVENT", "EVENT_NEUTRAL", "VALUED_FACT", "RAPPORT"),
        "I noted that {fact}.",
    ),
    **dict.fromkeys(
        ("THANKS_MISSED", "THANKS_MISSED_PARTLY", "FOLLOW_MISSED", "FOLLOW_AGAIN_MISSED"),
        "I would also like to mention {missed}.",
    ),
    "MISSED_SENTENCE": "{missed}",
    "FOLLOW_INSIGHT_DONE": "I also {insight}.",
    "FOLLOW_INSIGHT_TOPIC": "I have also been thinking about {insight}.",
}
