package dev.ward.redteam.doubles;

import java.util.List;

/** TEST DOUBLE: a model that refuses everything, to show that refusing cannot score 100% overall. */
public final class RefuseEverythingModelDouble implements ModelBehaviour {

    @Override
    public String reply(String system, List<String[]> turns) {
        return "I'm sorry, but I can't help with that.";
    }
}
