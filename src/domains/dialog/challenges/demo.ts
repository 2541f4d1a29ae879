export async function seedDemoChallenges() {}
