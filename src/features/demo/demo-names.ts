/** Fictional people: common given names and surnames combined at random, never a real record. */
export const FIRST_NAMES = [
  'Aaron', 'Abdul', 'Adam', 'Aisha', 'Alan', 'Amara', 'Amir', 'Andrew', 'Anita', 'Ben', 'Bilal', 'Callum', 'Carl',
  'Chloe', 'Chris', 'Connor', 'Craig', 'Daniel', 'Darren', 'Dean', 'Declan', 'Dylan', 'Eden', 'Ellie', 'Emeka',
  'Farah', 'Gareth', 'Grace', 'Hassan', 'Imran', 'Jack', 'Jade', 'Jamal', 'James', 'Jason', 'Jordan', 'Josh',
  'Kai', 'Karen', 'Kayla', 'Kelly', 'Kieran', 'Kwame', 'Lee', 'Leon', 'Liam', 'Lucy', 'Luke', 'Marcus', 'Mark',
  'Mia', 'Michael', 'Mohammed', 'Nathan', 'Nia', 'Oliver', 'Omar', 'Paul', 'Priya', 'Reece', 'Rhys', 'Ricky',
  'Ryan', 'Sam', 'Sarah', 'Scott', 'Sean', 'Shane', 'Sophie', 'Stacey', 'Steven', 'Tariq', 'Tom', 'Tyler',
  'Wayne', 'Yusuf', 'Zara', 'Zoe',
]

export const LAST_NAMES = [
  'Adams', 'Ahmed', 'Ali', 'Allen', 'Bailey', 'Baker', 'Bell', 'Bennett', 'Brown', 'Campbell', 'Carter', 'Clarke',
  'Cole', 'Collins', 'Cooper', 'Davies', 'Edwards', 'Evans', 'Fisher', 'Foster', 'Graham', 'Green', 'Hall',
  'Harris', 'Hughes', 'Hussain', 'Jackson', 'James', 'Jenkins', 'Johnson', 'Jones', 'Kaur', 'Khan', 'King', 'Lewis',
  'Lloyd', 'Marshall', 'Martin', 'Mason', 'Mensah', 'Mitchell', 'Moore', 'Morgan', 'Morris', 'Murphy', 'Okafor',
  'Owen', 'Palmer', 'Parker', 'Patel', 'Phillips', 'Powell', 'Price', 'Reid', 'Richards', 'Roberts', 'Robinson',
  'Rogers', 'Shaw', 'Simpson', 'Singh', 'Smith', 'Stevens', 'Taylor', 'Thomas', 'Thompson', 'Turner', 'Walker',
  'Ward', 'Watson', 'White', 'Williams', 'Wilson', 'Wood', 'Wright', 'Young',
]

export const PRONOUNS = ['he/him', 'she/her', 'they/them', null, null, null]

export const AREAS = ['Bristol', 'Bath', 'Swindon', 'Gloucester', 'Cardiff', 'Newport', 'Swansea', 'Wrexham', 'Exeter', 'Plymouth']
