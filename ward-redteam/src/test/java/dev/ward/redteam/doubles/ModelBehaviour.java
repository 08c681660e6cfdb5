package dev.ward.redteam.doubles;

import java.util.List;

/** TEST DOUBLE: a scripted stand-in for a model's behaviour, since no generative model can run in this build. */
public interface ModelBehaviour {

    /** @param turns alternating "user"/"assistant" texts; the last is the user's */
    String reply(String systemPrompt, List<String[]> turns);

    static String lastUser(List<String[]> turns) {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i)[0].equals("user")) {
                return turns.get(i)[1];
            }
        }
        return "";
    }
}
